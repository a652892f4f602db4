-- Who did what, when: uploads, report views, event streams, batch runs, decisions and denied
-- accesses. Ids and codes only, never a payload value (no names, ID numbers, incomes or text).
CREATE TABLE audit_event (
  id           bigserial PRIMARY KEY,
  at           timestamptz NOT NULL DEFAULT now(),
  token_id     uuid,
  role         text,
  tenant       text,
  action       text NOT NULL,
  outcome      text NOT NULL CHECK (outcome IN ('ok', 'denied', 'failed')),
  status       integer NOT NULL,
  case_id      uuid,
  document_id  uuid,
  batch_id     uuid
);
CREATE INDEX audit_event_at ON audit_event (at);
CREATE INDEX audit_event_case ON audit_event (case_id, at);

-- Append-only: rows can be added, never changed or removed (not even by the service's own role).
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only';
END;
$$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
