package es.conectaempleo.simulator;

import java.util.List;

/**
 * What an LMS admin types in when adding the tool: Moodle's "Tool URL", "Initiate login URL" and
 * "Redirection URI(s)", Canvas's developer key {@code target_link_uri}, {@code
 * oidc_initiation_url} and {@code redirect_uris}. Redirect URIs are compared byte for byte.
 *
 * @param loginUrl where login initiations go
 * @param targetLinkUri the default tool URL of new placements
 * @param redirectUris the only places the authorization endpoint posts to
 */
public record ToolConfiguration(String loginUrl, String targetLinkUri, List<String> redirectUris) {
  public ToolConfiguration {
    redirectUris = List.copyOf(redirectUris);
  }
}
