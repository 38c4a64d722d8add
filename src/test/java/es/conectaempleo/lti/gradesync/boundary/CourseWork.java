package es.conectaempleo.lti.gradesync.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.learning.boundary.AnswerKey;
import es.conectaempleo.lti.learning.boundary.LearningApi;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learner working through a course with the learning API, as the course pages do: lessons marked
 * done, quizzes answered right or wrong (the right options come from the seed).
 */
final class CourseWork {
  private final LearningApi api;
  private final AnswerKey answerKey;
  private final String course;
  private final String token;

  CourseWork(LearningApi api, AnswerKey answerKey, String course, String token) {
    this.api = api;
    this.answerKey = answerKey;
    this.course = course;
    this.token = token;
  }

  JsonObject outline() {
    LearningApi.Reply reply = api.get("/api/learning/courses/" + course, token);
    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    return reply.json();
  }

  List<Long> lessons() {
    return ids(outline(), "lessons");
  }

  List<Long> quizzes() {
    return ids(outline(), "quiz");
  }

  /** @return the enrollment after it */
  JsonObject lessonDone(long lessonId) {
    LearningApi.Reply reply = api.post("/api/learning/lessons/" + lessonId + "/done", token, null);
    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    return reply.json().getJsonObject("enrollment");
  }

  /** Answers a quiz with the first {@code wrong} questions wrong; @return the enrollment after it. */
  JsonObject submit(long quizId, int wrong) {
    LearningApi.Reply reply =
        api.post("/api/learning/quizzes/" + quizId + "/attempts", token, LearningApi.answers(answers(quizId, wrong)));
    assertThat(reply.status()).as("%s", reply).isEqualTo(201);
    return reply.json().getJsonObject("enrollment");
  }

  /** Every lesson done, every quiz answered with {@code wrong} wrong answers; @return the enrollment. */
  JsonObject finish(int wrong) {
    lessons().forEach(this::lessonDone);
    JsonObject enrollment = null;
    for (long quiz : quizzes()) {
      enrollment = submit(quiz, wrong);
    }
    return enrollment;
  }

  private Map<Long, Long> answers(long quizId, int wrong) {
    LearningApi.Reply reply = api.get("/api/learning/quizzes/" + quizId, token);
    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    var answers = new LinkedHashMap<Long, Long>();
    int n = 0;
    for (JsonValue value : reply.json().getJsonArray("questions")) {
      JsonObject question = value.asJsonObject();
      long id = question.getJsonNumber("id").longValue();
      long right = answerKey.right(id);
      long chosen =
          n++ < wrong
              ? question.getJsonArray("options").stream()
                  .map(o -> o.asJsonObject().getJsonNumber("id").longValue())
                  .filter(o -> o != right)
                  .findFirst()
                  .orElseThrow()
              : right;
      answers.put(id, chosen);
    }
    return answers;
  }

  private static List<Long> ids(JsonObject outline, String kind) {
    return outline.getJsonArray("modules").stream()
        .map(JsonValue::asJsonObject)
        .flatMap(
            module ->
                kind.equals("quiz")
                    ? module.containsKey("quiz") && module.get("quiz").getValueType() == JsonValue.ValueType.OBJECT
                        ? java.util.stream.Stream.of(module.getJsonObject("quiz"))
                        : java.util.stream.Stream.empty()
                    : module.getJsonArray(kind).stream().map(JsonValue::asJsonObject))
        .map(o -> o.getJsonNumber("id").longValue())
        .toList();
  }
}
