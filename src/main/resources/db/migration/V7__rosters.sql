-- Course rosters from Names and Role Provisioning Services 2.0: where an LMS course's membership
-- service lives (from launches that carry the NRPS claim) and the members last imported from it.

CREATE TABLE roster_source (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  context_id        BIGINT        NOT NULL,
  platform_id       BIGINT        NOT NULL,
  memberships_url   VARCHAR(1024) NOT NULL,
  last_import_at    DATETIME(6),
  last_import_count INT,
  last_import_error VARCHAR(1000),
  created_at        DATETIME(6)   NOT NULL,
  updated_at        DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_roster_source_context UNIQUE (context_id),
  CONSTRAINT fk_roster_source_context FOREIGN KEY (context_id) REFERENCES lms_context (id),
  CONSTRAINT fk_roster_source_platform FOREIGN KEY (platform_id) REFERENCES platform (id)
);

-- The members of the last import; an import replaces the previous one.
CREATE TABLE roster_member (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  context_id   BIGINT        NOT NULL,
  user_id      VARCHAR(255)  ${id_collation} NOT NULL,
  status       VARCHAR(16)   NOT NULL,
  roles        VARCHAR(2000) NOT NULL,
  learner      BOOLEAN       NOT NULL,
  name         VARCHAR(255),
  email        VARCHAR(255),
  imported_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_roster_member UNIQUE (context_id, user_id),
  CONSTRAINT fk_roster_member_context FOREIGN KEY (context_id) REFERENCES lms_context (id)
);
