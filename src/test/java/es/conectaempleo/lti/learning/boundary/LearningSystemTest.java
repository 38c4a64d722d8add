package es.conectaempleo.lti.learning.boundary;

import es.conectaempleo.lti.ToolSystemTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A system test whose learners work through courses: the quiz answers, read from the migrations
 * once per class, and the learning API of the deployed tool.
 */
public abstract class LearningSystemTest extends ToolSystemTest {
  protected static AnswerKey answerKey;

  protected LearningApi api;

  @BeforeAll
  static void loadAnswerKey() {
    answerKey = AnswerKey.fromMigrations();
  }

  /** Runs after {@code ToolSystemTest}'s own set-up, which finds the tool's base URL. */
  @BeforeEach
  void reachLearningApi() {
    api = new LearningApi(base);
  }
}
