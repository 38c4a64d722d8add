-- Conecta LTI: the registry behind LTI 1.3 launches.
-- One script for H2 (MODE=LEGACY), MySQL 8 and MariaDB 10.11: only their common dialect is used.
-- Instants are UTC wall-clock DATETIME(6) values (see InstantConverter).
-- ${id_collation} makes LMS identifiers compare byte for byte on MySQL/MariaDB (whose default
-- collations ignore case); H2 compares case-sensitively already. See SchemaMigration.

CREATE TABLE platform (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  issuer           VARCHAR(255)  ${id_collation} NOT NULL,
  client_id        VARCHAR(255)  ${id_collation} NOT NULL,
  name             VARCHAR(255),
  auth_login_url   VARCHAR(1024) NOT NULL,
  access_token_url VARCHAR(1024) NOT NULL,
  jwks_url         VARCHAR(1024) NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  -- Canvas cloud uses one issuer for every customer: a registration is (issuer, client_id).
  CONSTRAINT uq_platform_issuer_client UNIQUE (issuer, client_id)
);

CREATE TABLE deployment (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  platform_id    BIGINT       NOT NULL,
  deployment_id  VARCHAR(255) ${id_collation} NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_deployment UNIQUE (platform_id, deployment_id),
  CONSTRAINT fk_deployment_platform FOREIGN KEY (platform_id) REFERENCES platform (id)
);

CREATE TABLE tool_key (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  kid          VARCHAR(64)  ${id_collation} NOT NULL,
  state        VARCHAR(16)  NOT NULL,
  public_jwk   TEXT         NOT NULL,
  private_key  TEXT         NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  activated_at DATETIME(6),
  retired_at   DATETIME(6),
  PRIMARY KEY (id),
  CONSTRAINT uq_tool_key_kid UNIQUE (kid)
);

-- Secrets the tool generates for itself (the HMAC key of launch tokens), shared by every node.
CREATE TABLE tool_secret (
  name        VARCHAR(64)  NOT NULL,
  secret      VARCHAR(255) NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (name)
);

CREATE TABLE launch_state (
  state        VARCHAR(64)  ${id_collation} NOT NULL,
  nonce        VARCHAR(64)  ${id_collation} NOT NULL,
  platform_id  BIGINT       NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  expires_at   DATETIME(6)  NOT NULL,
  consumed_at  DATETIME(6),
  PRIMARY KEY (state),
  CONSTRAINT uq_launch_state_nonce UNIQUE (nonce),
  CONSTRAINT fk_launch_state_platform FOREIGN KEY (platform_id) REFERENCES platform (id)
);
CREATE INDEX ix_launch_state_expires ON launch_state (expires_at);

CREATE TABLE learner (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  platform_id  BIGINT       NOT NULL,
  subject      VARCHAR(255) ${id_collation} NOT NULL,
  name         VARCHAR(255),
  given_name   VARCHAR(255),
  family_name  VARCHAR(255),
  email        VARCHAR(255),
  locale       VARCHAR(35),
  created_at   DATETIME(6)  NOT NULL,
  updated_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_learner UNIQUE (platform_id, subject),
  CONSTRAINT fk_learner_platform FOREIGN KEY (platform_id) REFERENCES platform (id)
);

CREATE TABLE lms_context (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  platform_id  BIGINT       NOT NULL,
  context_id   VARCHAR(255) ${id_collation} NOT NULL,
  label        VARCHAR(255),
  title        VARCHAR(255),
  created_at   DATETIME(6)  NOT NULL,
  updated_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_lms_context UNIQUE (platform_id, context_id),
  CONSTRAINT fk_lms_context_platform FOREIGN KEY (platform_id) REFERENCES platform (id)
);

CREATE TABLE course (
  id             BIGINT        NOT NULL,
  code           VARCHAR(64)   NOT NULL,
  title_es       VARCHAR(255)  NOT NULL,
  title_en       VARCHAR(255)  NOT NULL,
  summary_es     VARCHAR(2000) NOT NULL,
  summary_en     VARCHAR(2000) NOT NULL,
  level          VARCHAR(16)   NOT NULL,
  nominal_hours  INT           NOT NULL,
  pass_mark      INT           NOT NULL,
  position       INT           NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_course_code UNIQUE (code)
);

CREATE TABLE resource_link (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  platform_id       BIGINT       NOT NULL,
  deployment_id     BIGINT       NOT NULL,
  context_id        BIGINT,
  resource_link_id  VARCHAR(255) ${id_collation} NOT NULL,
  title             VARCHAR(255),
  course_id         BIGINT,
  created_at        DATETIME(6)  NOT NULL,
  updated_at        DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_resource_link UNIQUE (platform_id, resource_link_id),
  CONSTRAINT fk_resource_link_platform FOREIGN KEY (platform_id) REFERENCES platform (id),
  CONSTRAINT fk_resource_link_deployment FOREIGN KEY (deployment_id) REFERENCES deployment (id),
  CONSTRAINT fk_resource_link_context FOREIGN KEY (context_id) REFERENCES lms_context (id),
  CONSTRAINT fk_resource_link_course FOREIGN KEY (course_id) REFERENCES course (id)
);

-- A learner's attempt at a course. A learner may take any number of courses and repeat one
-- (attempt 2, 3, ...); concurrent launches converge on one row per (learner, course, attempt).
CREATE TABLE enrollment (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  learner_id        BIGINT       NOT NULL,
  course_id         BIGINT       NOT NULL,
  attempt           INT          NOT NULL,
  platform_id       BIGINT       NOT NULL,
  deployment_id     BIGINT       NOT NULL,
  context_id        BIGINT,
  resource_link_id  BIGINT,
  state             VARCHAR(16)  NOT NULL,
  enrolled_at       DATETIME(6)  NOT NULL,
  started_at        DATETIME(6),
  completed_at      DATETIME(6),
  approved_at       DATETIME(6),
  last_launch_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_enrollment UNIQUE (learner_id, course_id, attempt),
  CONSTRAINT fk_enrollment_learner FOREIGN KEY (learner_id) REFERENCES learner (id),
  CONSTRAINT fk_enrollment_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT fk_enrollment_platform FOREIGN KEY (platform_id) REFERENCES platform (id),
  CONSTRAINT fk_enrollment_deployment FOREIGN KEY (deployment_id) REFERENCES deployment (id),
  CONSTRAINT fk_enrollment_context FOREIGN KEY (context_id) REFERENCES lms_context (id),
  CONSTRAINT fk_enrollment_resource_link FOREIGN KEY (resource_link_id) REFERENCES resource_link (id)
);
CREATE INDEX ix_enrollment_context ON enrollment (context_id);
CREATE INDEX ix_enrollment_state ON enrollment (state);

-- Every launch attempt, accepted or rejected. Values are copied, not referenced, because a
-- rejected launch may name a platform or deployment the tool does not know.
CREATE TABLE launch_audit (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at    DATETIME(6)  NOT NULL,
  outcome        VARCHAR(16)  NOT NULL,
  reason         VARCHAR(64),
  detail         VARCHAR(500),
  issuer         VARCHAR(255),
  client_id      VARCHAR(255),
  deployment_id  VARCHAR(255),
  subject        VARCHAR(255),
  message_type   VARCHAR(64),
  course_code    VARCHAR(64),
  PRIMARY KEY (id)
);
CREATE INDEX ix_launch_audit_occurred ON launch_audit (occurred_at);
