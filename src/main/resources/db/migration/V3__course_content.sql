-- The content of each catalog course: modules of lessons, and one short graded quiz per module.
-- Reference data, seeded by migration (V4). Identifiers are stable because URLs and progress rows
-- name them:
--   module   = course id * 100 + position            (course 1, module 2 -> 102)
--   lesson   = module id * 100 + position            (module 102, lesson 3 -> 10203)
--   quiz     = module id                              (one quiz per module)
--   question = quiz id * 100 + position              (quiz 102, question 4 -> 10204)
--   option   = question id * 10 + position           (question 10204, option 2 -> 102042)
-- Hours of training: the lessons' nominal minutes add up to the course's nominal hours.
-- Lesson bodies are plain text: paragraphs separated by a blank line; a line starting with "- " is a
-- list item. Pages escape them; no HTML is stored.

CREATE TABLE course_module (
  id         BIGINT       NOT NULL,
  course_id  BIGINT       NOT NULL,
  position   INT          NOT NULL,
  title_es   VARCHAR(255) NOT NULL,
  title_en   VARCHAR(255) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_course_module_position UNIQUE (course_id, position),
  CONSTRAINT fk_course_module_course FOREIGN KEY (course_id) REFERENCES course (id)
);

CREATE TABLE lesson (
  id               BIGINT       NOT NULL,
  module_id        BIGINT       NOT NULL,
  position         INT          NOT NULL,
  title_es         VARCHAR(255) NOT NULL,
  title_en         VARCHAR(255) NOT NULL,
  body_es          TEXT         NOT NULL,
  nominal_minutes  INT          NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_lesson_position UNIQUE (module_id, position),
  CONSTRAINT fk_lesson_module FOREIGN KEY (module_id) REFERENCES course_module (id)
);

CREATE TABLE quiz (
  id         BIGINT       NOT NULL,
  module_id  BIGINT       NOT NULL,
  title_es   VARCHAR(255) NOT NULL,
  title_en   VARCHAR(255) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_quiz_module UNIQUE (module_id),
  CONSTRAINT fk_quiz_module FOREIGN KEY (module_id) REFERENCES course_module (id)
);

CREATE TABLE quiz_question (
  id              BIGINT        NOT NULL,
  quiz_id         BIGINT        NOT NULL,
  position        INT           NOT NULL,
  prompt_es       VARCHAR(1000) NOT NULL,
  explanation_es  VARCHAR(1000) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_quiz_question_position UNIQUE (quiz_id, position),
  CONSTRAINT fk_quiz_question_quiz FOREIGN KEY (quiz_id) REFERENCES quiz (id)
);

CREATE TABLE quiz_option (
  id           BIGINT       NOT NULL,
  question_id  BIGINT       NOT NULL,
  position     INT          NOT NULL,
  text_es      VARCHAR(500) NOT NULL,
  correct      BOOLEAN      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_quiz_option_position UNIQUE (question_id, position),
  CONSTRAINT fk_quiz_option_question FOREIGN KEY (question_id) REFERENCES quiz_question (id)
);
