package es.conectaempleo.lti.web.instructor;

import es.conectaempleo.lti.Language;
import es.conectaempleo.lti.ToolUrls;
import es.conectaempleo.lti.catalog.boundary.Catalog;
import es.conectaempleo.lti.catalog.entity.Course;
import es.conectaempleo.lti.gradesync.boundary.GradeSync;
import es.conectaempleo.lti.keys.boundary.ToolKeys;
import es.conectaempleo.lti.launch.boundary.DeepLinkRequest;
import es.conectaempleo.lti.launch.boundary.DeepLinkTickets;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.lti.deeplinking.DeepLinkingResponse;
import es.conectaempleo.lti.lti.deeplinking.ResourceLinkItem;
import es.conectaempleo.lti.registration.boundary.PlatformLookup;
import es.conectaempleo.lti.web.shared.Pages;
import es.conectaempleo.lti.web.shared.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Deep Linking: an instructor picks which Conecta Empleo courses to place in the LMS course, and the
 * browser takes the signed answer back to the LMS, which creates one link per course (with its
 * {@code course} custom parameter and, if wanted, a 0–100 gradebook column). {@code GET} shows the
 * catalog to choose from, {@code POST} answers with a form that posts the signed response to the
 * LMS. Only staff of the LMS course may do it.
 */
@Path("learn/deep-linking")
public class CourseSelectionPage {
  @Inject DeepLinkTickets tickets;
  @Inject Catalog catalog;
  @Inject PlatformLookup platforms;
  @Inject ToolKeys keys;
  @Inject ToolUrls urls;
  @Inject Pages pages;
  @Inject Clock clock;

  /** A course as the selection lists it. */
  public record Choice(String code, String title, String summary, int hours, String level) {}

  @GET
  public Response show(@QueryParam("dl") String ticket) throws LaunchRejectedException {
    DeepLinkRequest request = staffRequest(ticket);
    return selection(request, ticket, null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response choose(
      @FormParam("dl") String ticket,
      @FormParam("course") List<String> codes,
      @FormParam("graded") String graded,
      @FormParam("action") String action,
      @Context UriInfo uriInfo)
      throws LaunchRejectedException {
    DeepLinkRequest request = staffRequest(ticket);
    Texts t = texts(request);
    List<ResourceLinkItem> items = new ArrayList<>();
    if (!"cancel".equals(action)) {
      var chosen = new LinkedHashSet<Course>();
      for (String code : codes == null ? List.<String>of() : codes) {
        chosen.add(catalog.findByCode(code).orElseThrow(() -> new BadRequestException("No course " + code)));
      }
      if (chosen.isEmpty()) {
        return selection(request, ticket, t.get("deep-linking.none-chosen"));
      }
      if (chosen.size() > 1 && !request.settings().acceptMultiple()) {
        return selection(request, ticket, t.get("deep-linking.only-one"));
      }
      boolean withColumn = request.settings().acceptLineItem() && graded != null;
      String launchUrl = urls.launch(uriInfo);
      for (Course course : chosen) {
        items.add(item(course, t.locale(), launchUrl, withColumn));
      }
    }
    var platform = platforms.findById(request.platformId()).orElseThrow(() -> new BadRequestException("Unknown platform"));
    String jwt =
        DeepLinkingResponse.sign(
            keys.signingKey(),
            platform.config().clientId(),
            platform.config().issuer(),
            request.deploymentId(),
            items,
            request.settings().data(),
            items.isEmpty() ? null : t.format("deep-linking.added", items.size()),
            clock.instant());
    return pages.page(
        "instructor/deep-link-return.jte",
        Map.of("t", t, "returnUrl", request.settings().returnUrl().toString(), "jwt", jwt, "count", items.size()));
  }

  private static ResourceLinkItem item(Course course, Locale language, String launchUrl, boolean withColumn) {
    String title = course.title(language);
    var column =
        withColumn
            ? new ResourceLinkItem.GradeColumn(title, GradeSync.SCORE_MAXIMUM, course.code(), GradeSync.COLUMN_TAG)
            : null;
    return new ResourceLinkItem(title, course.summary(language), launchUrl, Map.of("course", course.code()), column);
  }

  private Response selection(DeepLinkRequest request, String ticket, String problem) {
    Texts t = texts(request);
    List<Choice> choices =
        catalog.courses().stream()
            .map(c -> new Choice(c.code(), c.title(t.locale()), c.summary(t.locale()), c.nominalHours(), c.level()))
            .toList();
    var model = new java.util.HashMap<String, Object>();
    model.put("t", t);
    model.put("ticket", ticket);
    model.put("choices", choices);
    model.put("multiple", request.settings().acceptMultiple());
    model.put("gradable", request.settings().acceptLineItem());
    model.put("problem", problem);
    return pages.page(problem == null ? 200 : 400, "instructor/course-selection.jte", model);
  }

  /** The request of a valid ticket, for staff only: learners place nothing in the LMS course. */
  private DeepLinkRequest staffRequest(String ticket) throws LaunchRejectedException {
    DeepLinkRequest request = tickets.verify(ticket);
    if (!request.staff()) {
      throw new ForbiddenException("Only instructors of the LMS course choose its courses");
    }
    if (!request.settings().acceptsResourceLinks()) {
      throw new BadRequestException("The LMS accepts no LTI links here");
    }
    return request;
  }

  private static Texts texts(DeepLinkRequest request) {
    return Texts.of(Language.fromTag(request.language()));
  }
}
