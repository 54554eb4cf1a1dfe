-- The audit log is append-only: rows can be added, never changed or removed.
-- EXECUTE PROCEDURE, not EXECUTE FUNCTION: PostgreSQL 11+ reads both the same, openGauss only the former.
CREATE OR REPLACE FUNCTION jixiao_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE PROCEDURE jixiao_audit_log_append_only();
