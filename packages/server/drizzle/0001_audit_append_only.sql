-- The audit log is append-only: rows can be added, never changed or removed (PG 15 and 18).
CREATE OR REPLACE FUNCTION jixiao_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION jixiao_audit_log_append_only();
