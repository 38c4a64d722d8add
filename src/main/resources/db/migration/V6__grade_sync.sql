-- Grade and completion sync (AGS 2.0): where each placement's line items live, one score stream per
-- (placement, learner) that orders and stamps what the gradebook receives, and the durable outbox of
-- scores written in the same transaction as the progress that caused them.

-- One per resource link whose launches carried the AGS claim. line_item_url is the line item the
-- scores go to: the claim's lineitem, or the one found or created once (under this row's lock).
CREATE TABLE grade_link (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  resource_link_id    BIGINT        NOT NULL,
  platform_id         BIGINT        NOT NULL,
  course_id           BIGINT,
  line_items_url      VARCHAR(1024),
  claim_line_item_url VARCHAR(1024),
  scopes              VARCHAR(1000) NOT NULL,
  line_item_url       VARCHAR(1024),
  line_item_origin    VARCHAR(16),
  created_at          DATETIME(6)   NOT NULL,
  updated_at          DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_grade_link_resource_link UNIQUE (resource_link_id),
  CONSTRAINT fk_grade_link_resource_link FOREIGN KEY (resource_link_id) REFERENCES resource_link (id),
  CONSTRAINT fk_grade_link_platform FOREIGN KEY (platform_id) REFERENCES platform (id),
  CONSTRAINT fk_grade_link_course FOREIGN KEY (course_id) REFERENCES course (id)
);

-- One per (grade link, learner's LTI sub): what was queued so far (best graded score, last
-- activity progress), the last timestamp stamped (whole seconds, strictly increasing), and the
-- lease of the node delivering it (one delivery in flight per line item and learner).
CREATE TABLE score_stream (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  grade_link_id  BIGINT        NOT NULL,
  user_id        VARCHAR(255)  ${id_collation} NOT NULL,
  best_score     DECIMAL(5,2),
  last_progress  VARCHAR(16),
  last_stamp     DATETIME(6),
  lease_owner    VARCHAR(64),
  lease_until    DATETIME(6),
  created_at     DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_score_stream UNIQUE (grade_link_id, user_id),
  CONSTRAINT fk_score_stream_grade_link FOREIGN KEY (grade_link_id) REFERENCES grade_link (id)
);

CREATE INDEX ix_score_stream_lease ON score_stream (lease_until);

-- The outbox. status: pending, delivered, failed (permanent; an instructor may retry), superseded
-- (a newer score of the same stream replaced it before it was delivered). stamp: the score's
-- timestamp, assigned at its first delivery try and kept for retries.
CREATE TABLE score_outbox (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  stream_id         BIGINT        NOT NULL,
  enrollment_id     BIGINT        NOT NULL,
  status            VARCHAR(16)   NOT NULL,
  score_given       DECIMAL(5,2),
  activity_progress VARCHAR(16)   NOT NULL,
  grading_progress  VARCHAR(16)   NOT NULL,
  occurred_at       DATETIME(6)   NOT NULL,
  stamp             DATETIME(6),
  attempts          INT           NOT NULL DEFAULT 0,
  next_attempt_at   DATETIME(6)   NOT NULL,
  last_attempt_at   DATETIME(6),
  last_http_status  INT,
  last_error        VARCHAR(1000),
  delivered_at      DATETIME(6),
  created_at        DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_score_outbox_stream FOREIGN KEY (stream_id) REFERENCES score_stream (id),
  CONSTRAINT fk_score_outbox_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id)
);

CREATE INDEX ix_score_outbox_due ON score_outbox (status, next_attempt_at);
CREATE INDEX ix_score_outbox_stream ON score_outbox (stream_id, status);
CREATE INDEX ix_score_outbox_enrollment ON score_outbox (enrollment_id);
