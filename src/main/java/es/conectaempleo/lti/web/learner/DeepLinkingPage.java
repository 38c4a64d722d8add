package es.conectaempleo.lti.web.learner;

import es.conectaempleo.lti.Language;
import es.conectaempleo.lti.launch.boundary.LaunchSession;
import es.conectaempleo.lti.launch.boundary.LaunchTokens;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.web.shared.Pages;
import es.conectaempleo.lti.web.shared.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** {@code GET /learn/deep-linking}: where a deep-linking request lands until content selection ships. */
@Path("learn/deep-linking")
public class DeepLinkingPage {
  @Inject LaunchTokens tokens;
  @Inject Pages pages;

  @GET
  public Response show(@QueryParam("lt") String token) throws LaunchRejectedException {
    LaunchSession session = tokens.verify(token);
    return pages.page("learner/deep-linking.jte", Map.of("t", Texts.of(Language.fromTag(session.language()))));
  }
}
