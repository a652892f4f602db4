-- A reviewer's decision on a flag: confirmed or dismissed, with a comment, by which token and when.
-- Keyed by the flag's stable key (a hash of code, file, page and subject), so a decision outlives
-- the re-runs that rebuild a case's report; a flag that comes back keeps it, a dismissed flag stays
-- in the report marked dismissed. The latest decision is here; every decision, with who and when,
-- is also a row of audit_event (action flag_decide, subject the flag key).
CREATE TABLE flag_decision (
  case_id     uuid NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  flag_key    text NOT NULL,
  outcome     text NOT NULL CHECK (outcome IN ('confirmed', 'dismissed')),
  comment     text NOT NULL,
  token_id    uuid NOT NULL,
  decided_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, flag_key)
);

-- The flag table (one row per flag of a case's current report) carries the key too, so the
-- reviewer queue counts the flags nobody has decided yet.
ALTER TABLE flag ADD COLUMN flag_key text;
CREATE INDEX flag_case_key ON flag (case_id, flag_key);
CREATE INDEX flag_code ON flag (code, case_id);

-- What an audited action was about beyond its ids: a flag key (flag_decide) or the field an ID
-- number was revealed from (id_reveal). A key or a field path, never a value.
ALTER TABLE audit_event ADD COLUMN subject text;
