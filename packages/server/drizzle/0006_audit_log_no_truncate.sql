-- TRUNCATE fires no row triggers, so the append-only rule needs a statement-level trigger of its own.
-- Same function as the UPDATE/DELETE trigger (0001); EXECUTE PROCEDURE for the reason given there.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE PROCEDURE jixiao_audit_log_append_only();
