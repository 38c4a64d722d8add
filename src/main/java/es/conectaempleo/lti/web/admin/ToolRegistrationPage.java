package es.conectaempleo.lti.web.admin;

import es.conectaempleo.lti.Language;
import es.conectaempleo.lti.ToolUrls;
import es.conectaempleo.lti.lti.claims.AgsScopes;
import es.conectaempleo.lti.lti.claims.NrpsScopes;
import es.conectaempleo.lti.lti.dynreg.PlatformConfiguration;
import es.conectaempleo.lti.lti.dynreg.ToolRegistrationRequest;
import es.conectaempleo.lti.registration.boundary.DynamicRegistrations;
import es.conectaempleo.lti.registration.boundary.RegistrationProblem;
import es.conectaempleo.lti.web.shared.Pages;
import es.conectaempleo.lti.web.shared.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * LTI Dynamic Registration (DR §3.3): the LMS opens {@code /lti/register/{code}} with its {@code
 * openid_configuration} and {@code registration_token}, in a frame or a new window. {@code GET}
 * reads the LMS's configuration and shows the admin what will be registered; {@code POST} (the
 * admin's button) registers, and the final page's button tells the LMS to close the dialog ({@code
 * org.imsglobal.lti.close}). The code in the path is a one-time invitation from the admin API.
 */
@Path("lti/register")
public class ToolRegistrationPage {
  static final String CLIENT_NAME = "Conecta Empleo";
  static final String DESCRIPTION =
      "Cursos gratuitos de competencias digitales de Conecta Empleo, con notas y finalización en el"
          + " libro de calificaciones del LMS (LTI 1.3).";

  @Inject DynamicRegistrations registrations;
  @Inject ToolUrls urls;
  @Inject Pages pages;

  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  /** What the link is for, for someone who opens the bare address. */
  @GET
  public Response info() {
    return pages.page("admin/registration-info.jte", Map.of("t", texts()));
  }

  @GET
  @Path("{code}")
  public Response preview(
      @PathParam("code") String code,
      @QueryParam("openid_configuration") String configurationUrl,
      @QueryParam("registration_token") String registrationToken) {
    Texts t = texts();
    try {
      var preview = registrations.preview(code, configurationUrl, registrationToken);
      Map<String, Object> parameters = new HashMap<>();
      parameters.put("t", t);
      parameters.put("action", ToolUrls.REGISTER_PATH + "/" + code);
      parameters.put("configurationUrl", configurationUrl);
      parameters.put("registrationToken", registrationToken == null ? "" : registrationToken);
      parameters.put("platform", preview.platform());
      parameters.put("lmsName", preview.platform().displayName());
      parameters.put("toolBase", urls.base(uriInfo));
      parameters.put("missing", missingServices(preview.platform()));
      return pages.page("admin/registration.jte", parameters);
    } catch (RegistrationProblem problem) {
      return problemPage(t, problem);
    }
  }

  @POST
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response register(
      @PathParam("code") String code,
      @FormParam("openid_configuration") String configurationUrl,
      @FormParam("registration_token") String registrationToken) {
    Texts t = texts();
    String base = urls.base(uriInfo);
    var tool =
        new ToolRegistrationRequest(
            CLIENT_NAME,
            DESCRIPTION,
            base,
            base + ToolUrls.LOGIN_PATH,
            urls.launch(uriInfo),
            base + ToolUrls.JWKS_PATH);
    try {
      var done = registrations.register(code, configurationUrl, blankAsNull(registrationToken), tool);
      Map<String, Object> parameters = new HashMap<>();
      parameters.put("t", t);
      parameters.put("lmsName", done.configuration().displayName());
      parameters.put("clientId", done.tool().clientId());
      parameters.put("deploymentId", done.tool().deploymentId());
      parameters.put("canvas", done.configuration().isCanvas());
      return pages.page("admin/registered.jte", parameters);
    } catch (RegistrationProblem problem) {
      return problemPage(t, problem);
    }
  }

  /**
   * The services the LMS does not offer though the tool needs them, as the page names them: without
   * the score scope no grade reaches the gradebook, without the roster scope no class list.
   */
  static List<String> missingServices(PlatformConfiguration platform) {
    List<String> missing = platform.unsupportedOf(ToolRegistrationRequest.WANTED_SCOPES);
    var services = new ArrayList<String>();
    if (missing.contains(AgsScopes.SCORE)) {
      services.add("grades");
    }
    if (missing.contains(NrpsScopes.CONTEXT_MEMBERSHIP_READONLY)) {
      services.add("roster");
    }
    return services;
  }

  private Response problemPage(Texts t, RegistrationProblem problem) {
    String key = "registration.problem." + problem.reason().name();
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("t", t);
    parameters.put("status", problem.reason().status());
    parameters.put("title", t.get(key + ".title"));
    parameters.put("explanation", t.get(key + ".text"));
    parameters.put("lmsAnswer", problem.lmsAnswer());
    return pages.page(problem.reason().status(), "admin/registration-problem.jte", parameters);
  }

  private Texts texts() {
    return Texts.of(Language.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
  }

  private static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
