-- One-time registration links for LTI Dynamic Registration. The registration URL an LMS admin pastes
-- into Moodle or Canvas is public by nature, so it carries a code the operator hands out through the
-- admin API: only its SHA-256 is kept, it expires, and it registers one platform. claimed_at marks a
-- registration under way (the LMS is being called); platform_id the platform it registered.
CREATE TABLE registration_invitation (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  code_hash    VARCHAR(64)  ${id_collation} NOT NULL,
  name         VARCHAR(255),
  created_at   DATETIME(6)  NOT NULL,
  expires_at   DATETIME(6)  NOT NULL,
  claimed_at   DATETIME(6),
  platform_id  BIGINT,
  PRIMARY KEY (id),
  CONSTRAINT uq_registration_invitation_code UNIQUE (code_hash),
  CONSTRAINT fk_registration_invitation_platform FOREIGN KEY (platform_id) REFERENCES platform (id)
);
