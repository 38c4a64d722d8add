package es.conectaempleo.lti.catalog.boundary;

import es.conectaempleo.lti.catalog.entity.Course;
import es.conectaempleo.lti.catalog.entity.CourseModule;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** {@code GET /api/catalog}: the public catalog, both languages, with modules, lessons and quizzes. */
@Path("api/catalog")
public class CatalogResource {
  @Inject Catalog catalog;

  /** A text in both languages. */
  public record Text(String es, String en) {}

  public record CourseJson(
      String code, Text title, Text summary, String level, int hours, int passMark, List<ModuleJson> modules) {}

  public record ModuleJson(long id, Text title, List<LessonJson> lessons, QuizJson quiz) {}

  public record LessonJson(long id, Text title, int minutes) {}

  public record QuizJson(long id, Text title, int questions) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response courses() {
    var body = catalog.courses().stream().map(this::json).toList();
    var cache = new CacheControl();
    cache.setMaxAge(300);
    return Response.ok(body).cacheControl(cache).build();
  }

  private CourseJson json(Course course) {
    return new CourseJson(
        course.code(),
        new Text(course.titleEs(), course.titleEn()),
        new Text(course.summary(Locale.forLanguageTag("es")), course.summary(Locale.ENGLISH)),
        course.level(),
        course.nominalHours(),
        course.passMark(),
        catalog.content(course).modules().stream().map(CatalogResource::json).toList());
  }

  private static ModuleJson json(CourseModule module) {
    return new ModuleJson(
        module.id(),
        new Text(module.titleEs(), module.titleEn()),
        module.lessons().stream().map(l -> new LessonJson(l.id(), new Text(l.titleEs(), l.titleEn()), l.nominalMinutes())).toList(),
        module.quiz() == null
            ? null
            : new QuizJson(module.quiz().id(), new Text(module.quiz().titleEs(), module.quiz().titleEn()), module.quiz().questions().size()));
  }
}
