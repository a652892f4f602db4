-- Tokens are stored as sha256 hashes; the plaintext is shown once by `precheck tokens add`.
CREATE TABLE api_token (
  id          uuid PRIMARY KEY,
  token_hash  text NOT NULL UNIQUE,
  role        text NOT NULL CHECK (role IN ('employer', 'reviewer', 'admin')),
  tenant      text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at  timestamptz,
  CHECK (role <> 'employer' OR tenant IS NOT NULL)
);

CREATE TABLE case_file (
  id          uuid PRIMARY KEY,
  tenant      text NOT NULL,
  fields      jsonb NOT NULL,
  -- open: no documents yet; processing: work pending; ready: report covers every document
  status      text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'processing', 'ready')),
  report      jsonb,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_file_tenant_status ON case_file (tenant, status, created_at);

CREATE TABLE document (
  id             uuid PRIMARY KEY,
  case_id        uuid NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  seq            bigserial,
  file           text NOT NULL,
  sha256         text NOT NULL,
  byte_size      bigint NOT NULL,
  declared_kind  text,
  page_count     integer,
  -- queued: page work pending; done: report stored; invalid: FILE_INVALID report stored
  status         text NOT NULL CHECK (status IN ('queued', 'done', 'invalid')),
  invalid_reason text,
  report         jsonb,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  -- the same file uploaded twice to one case is one document (idempotent upload)
  UNIQUE (case_id, sha256)
);
CREATE INDEX document_case ON document (case_id, seq);

-- Content-addressed page analyses: (file, page, pipeline version, context) → result.
-- context_key hashes the tenant and the employer name the seal is matched against, so a
-- result never crosses tenants and never changes meaning when the case's employer changes.
CREATE TABLE page_result (
  sha256            text NOT NULL,
  page              integer NOT NULL,
  pipeline_version  text NOT NULL,
  context_key       text NOT NULL,
  analysis          jsonb,
  invalid_reason    text,
  updated_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (sha256, page, pipeline_version, context_key)
);

-- One row per flag of a case's current report, for the reviewer queue and queries.
CREATE TABLE flag (
  case_id   uuid NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  ord       integer NOT NULL,
  code      text NOT NULL,
  severity  text NOT NULL,
  file      text,
  page      integer,
  PRIMARY KEY (case_id, ord)
);
CREATE INDEX flag_severity ON flag (severity, code);

CREATE TABLE batch (
  id          uuid PRIMARY KEY,
  tenant      text,
  mode        text NOT NULL CHECK (mode IN ('rules', 'full')),
  filter      jsonb NOT NULL,
  status      text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  total       integer NOT NULL DEFAULT 0,
  done        integer NOT NULL DEFAULT 0,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE batch_case (
  batch_id  uuid NOT NULL REFERENCES batch (id) ON DELETE CASCADE,
  case_id   uuid NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  done      boolean NOT NULL DEFAULT false,
  PRIMARY KEY (batch_id, case_id)
);

-- Which pages of a document are analysed (progress and events); idempotent under re-delivery.
CREATE TABLE document_page (
  document_id  uuid NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  page         integer NOT NULL,
  PRIMARY KEY (document_id, page)
);
