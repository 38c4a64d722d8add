package es.conectaempleo.simulator;

/**
 * Every step of one launch as the browser saw it. A step the flow did not reach is {@code null}:
 * the flow stops at the first answer that does not lead on.
 *
 * @param login the tool's answer to the login initiation (302 to the platform expected)
 * @param authorization the platform's answer to the authentication request (a self-posting form)
 * @param response the form the platform's page posts to the tool
 * @param launch the tool's answer to that POST: the course page itself (200), or a 303 to the
 *     catalog or the deep-linking page
 * @param landing the page the launch leaves the browser on: {@code launch} itself when it is a page,
 *     else where it redirected to; {@code null} for a refused launch
 */
public record LaunchFlow(Page login, Page authorization, AutoPostForm response, Page launch, Page landing) {
  /** The last page the browser got. */
  public Page lastPage() {
    if (landing != null) {
      return landing;
    }
    if (launch != null) {
      return launch;
    }
    return authorization != null ? authorization : login;
  }
}
