-- Blobs in PostgreSQL (BLOB_STORE=pg), so every worker on every machine reads them with no shared
-- file system. A blob is its bytes as stored (encrypted under BLOB_KEYS when set) cut into chunks;
-- its row and its chunks are written in one transaction, so a blob is whole or absent.
CREATE TABLE blob (
  sha256      text PRIMARY KEY,
  byte_size   bigint NOT NULL,
  chunks      integer NOT NULL,
  key_id      text,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE blob_chunk (
  sha256  text NOT NULL REFERENCES blob (sha256) ON DELETE CASCADE,
  seq     integer NOT NULL,
  bytes   bytea NOT NULL,
  PRIMARY KEY (sha256, seq)
);

-- Re-verification as a run of its own: what each case looked like before and after, so a batch
-- ends with what changed (flags added and removed per code, cases whose outcome moved), and a
-- batch killed midway resumes where it stopped (every case is marked done in the transaction that
-- stores its report).
ALTER TABLE batch ADD COLUMN origin text NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'cli'));
ALTER TABLE batch ADD COLUMN pages_analysed integer NOT NULL DEFAULT 0;
ALTER TABLE batch ADD COLUMN started_at timestamptz;
ALTER TABLE batch ADD COLUMN finished_at timestamptz;
ALTER TABLE batch_case ADD COLUMN outcome_before text;
ALTER TABLE batch_case ADD COLUMN outcome_after text;
-- flag code -> count, only the codes that changed
ALTER TABLE batch_case ADD COLUMN added jsonb;
ALTER TABLE batch_case ADD COLUMN removed jsonb;
-- the flag codes of the report before a queued (full) re-analysis, to compare with once it lands
ALTER TABLE batch_case ADD COLUMN codes_before jsonb;
CREATE INDEX batch_case_pending ON batch_case (batch_id) WHERE NOT done;

-- Which page version a document's report was assembled from (null: before this column existed,
-- i.e. older): full re-verification re-assembles only documents built from older page results.
ALTER TABLE document ADD COLUMN page_version text;

-- Cases judged on a provisional wage figure (the year's figure not yet published: the threshold of
-- the facts says so, or the report carries WAGE_FIGURE_PROVISIONAL, also raised when no income was
-- read), found again when it is published: `precheck reverify --provisional-only`.
ALTER TABLE case_file ADD COLUMN wage_provisional boolean
  GENERATED ALWAYS AS (
    coalesce((report -> 'facts' -> 'incomeThreshold' ->> 'provisional')::boolean, false)
    OR coalesce(report -> 'flags' @> '[{"code": "WAGE_FIGURE_PROVISIONAL"}]'::jsonb, false)
  ) STORED;
CREATE INDEX case_file_wage_provisional ON case_file (wage_provisional) WHERE wage_provisional;
CREATE INDEX case_file_created ON case_file (created_at);
