-- What learners do in a course attempt (an enrollment): lessons marked done and quiz attempts.
-- The enrollment keeps the figures derived from them (course score, minutes of training), updated
-- in the same transaction, so reports and the instructor page need no aggregation over progress.

CREATE TABLE lesson_progress (
  id             BIGINT      NOT NULL AUTO_INCREMENT,
  enrollment_id  BIGINT      NOT NULL,
  lesson_id      BIGINT      NOT NULL,
  completed_at   DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_lesson_progress UNIQUE (enrollment_id, lesson_id),
  CONSTRAINT fk_lesson_progress_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id),
  CONSTRAINT fk_lesson_progress_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
);

-- Every submission of a quiz; learners may retry, the best attempt of each quiz counts.
CREATE TABLE quiz_attempt (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  enrollment_id  BIGINT        NOT NULL,
  quiz_id        BIGINT        NOT NULL,
  attempt_no     INT           NOT NULL,
  correct        INT           NOT NULL,
  total          INT           NOT NULL,
  score          DECIMAL(5,2)  NOT NULL,
  answers        VARCHAR(1000) NOT NULL,
  submitted_at   DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_quiz_attempt UNIQUE (enrollment_id, quiz_id, attempt_no),
  CONSTRAINT fk_quiz_attempt_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id),
  CONSTRAINT fk_quiz_attempt_quiz FOREIGN KEY (quiz_id) REFERENCES quiz (id)
);

-- course_score: mean of the best attempt of every quiz of the course, 0-100 (null before any quiz).
-- minutes_done: nominal minutes of the lessons done in this attempt (hours of training).
ALTER TABLE enrollment ADD COLUMN course_score DECIMAL(5,2);
ALTER TABLE enrollment ADD COLUMN minutes_done INT NOT NULL DEFAULT 0;
ALTER TABLE enrollment ADD COLUMN lessons_done INT NOT NULL DEFAULT 0;
ALTER TABLE enrollment ADD COLUMN quizzes_done INT NOT NULL DEFAULT 0;
