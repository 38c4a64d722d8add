package es.conectaempleo.lti.lti.dynreg;

import es.conectaempleo.lti.lti.JsonMembers;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a platform says about itself in its OpenID configuration (DR §3.4): its issuer, the
 * endpoints the tool is registered with, and what it supports. Moodle lists {@code
 * messages_supported} as plain strings, the spec and Canvas as objects with a {@code type}: both
 * are read.
 *
 * @param scopesSupported empty when the platform does not say (then every scope is asked for)
 * @param productFamilyCode e.g. {@code moodle}, {@code canvas}; may be {@code null}
 * @param accountName Canvas's account name; may be {@code null}
 */
public record PlatformConfiguration(
    String issuer,
    URI authorizationEndpoint,
    URI tokenEndpoint,
    URI jwksUri,
    URI registrationEndpoint,
    Set<String> scopesSupported,
    Set<String> messagesSupported,
    String productFamilyCode,
    String accountName) {
  static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";
  static final String CANVAS_ACCOUNT_NAME = "https://canvas.instructure.com/lti/account_name";
  /** The registry's issuer column. */
  static final int MAX_ISSUER_LENGTH = 255;

  public PlatformConfiguration {
    scopesSupported = Set.copyOf(scopesSupported);
    messagesSupported = Set.copyOf(messagesSupported);
  }

  /**
   * @throws InvalidConfiguration a required member is missing, or is a URL the tool may not call
   *     (plain http beyond loopback): the exception names it
   */
  public static PlatformConfiguration fromJson(Map<String, Object> json) throws InvalidConfiguration {
    String issuer = JsonMembers.string(json, "issuer");
    if (issuer == null || issuer.length() > MAX_ISSUER_LENGTH || JsonMembers.uri(json, "issuer") == null) {
      throw new InvalidConfiguration("issuer");
    }
    Map<String, Object> platform = object(json.get(PLATFORM_CONFIGURATION));
    if (platform == null) {
      throw new InvalidConfiguration(PLATFORM_CONFIGURATION);
    }
    return new PlatformConfiguration(
        issuer,
        requiredUri(json, "authorization_endpoint"),
        requiredUri(json, "token_endpoint"),
        requiredUri(json, "jwks_uri"),
        requiredUri(json, "registration_endpoint"),
        strings(json.get("scopes_supported")),
        messageTypes(platform.get("messages_supported")),
        Optional.ofNullable(JsonMembers.string(platform, "product_family_code"))
            .map(code -> code.toLowerCase(Locale.ROOT))
            .orElse(null),
        // Canvas puts its account name in the platform object; read the top level too, to be lenient.
        Optional.ofNullable(JsonMembers.string(platform, CANVAS_ACCOUNT_NAME))
            .orElse(JsonMembers.string(json, CANVAS_ACCOUNT_NAME)));
  }

  /** A required member the configuration lacks, or has in a form the tool cannot use. */
  public static final class InvalidConfiguration extends Exception {
    private static final long serialVersionUID = 1L;
    private final String member;

    InvalidConfiguration(String member) {
      super("The platform's OpenID configuration lacks a usable '" + member + "'");
      this.member = member;
    }

    public String member() {
      return member;
    }
  }

  /** Whether the platform takes deep-linking requests (an empty list says nothing: assume so). */
  public boolean supportsDeepLinking() {
    return messagesSupported.isEmpty() || messagesSupported.contains("LtiDeepLinkingRequest");
  }

  /** The scopes of {@code wanted} the platform supports, in their order; all when it does not say. */
  public List<String> supportedOf(List<String> wanted) {
    return scopesSupported.isEmpty() ? wanted : wanted.stream().filter(scopesSupported::contains).toList();
  }

  /** How to name the LMS to people: Canvas's account name, else its product and issuer host. */
  public String displayName() {
    String host = URI.create(issuer).getHost();
    if (accountName != null) {
      return accountName + " (" + host + ")";
    }
    if (productFamilyCode == null || productFamilyCode.isEmpty()) {
      return host;
    }
    return Character.toUpperCase(productFamilyCode.charAt(0)) + productFamilyCode.substring(1) + " " + host;
  }

  /**
   * Of the scopes the tool uses, those the platform says it does not support (its site admin may
   * have turned a service off): empty when it lists none, as then every scope is asked for.
   */
  public List<String> unsupportedOf(List<String> wanted) {
    return scopesSupported.isEmpty() ? List.of() : wanted.stream().filter(s -> !scopesSupported.contains(s)).toList();
  }

  public boolean isCanvas() {
    return "canvas".equals(productFamilyCode);
  }

  /**
   * Whether the configuration came from where its issuer lives (DR §3.5.1: the issuer's domain must
   * match the configuration URL's): the same host, or a host below it. Moodle's issuer is its site
   * URL and Canvas (cloud and self-hosted) serves the configuration from its issuer's host, so
   * nothing looser is needed; a looser rule would let a neighbour on a shared parent domain speak
   * for the LMS.
   */
  public static boolean issuerMatches(String issuer, URI configurationUrl) {
    String issuerHost = host(URI.create(issuer));
    String configurationHost = host(configurationUrl);
    if (issuerHost == null || configurationHost == null) {
      return false;
    }
    return configurationHost.equals(issuerHost) || configurationHost.endsWith("." + issuerHost);
  }

  private static String host(URI uri) {
    return uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
  }

  private static URI requiredUri(Map<String, Object> json, String name) throws InvalidConfiguration {
    URI uri = JsonMembers.uri(json, name);
    if (uri == null) {
      throw new InvalidConfiguration(name);
    }
    return uri;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
  }

  private static Set<String> strings(Object value) {
    var result = new LinkedHashSet<String>();
    if (value instanceof List<?> list) {
      for (Object element : list) {
        if (element instanceof String s && !s.isBlank()) {
          result.add(s);
        }
      }
    }
    return result;
  }

  /** Moodle: {@code ["LtiResourceLinkRequest", …]}; spec and Canvas: {@code [{"type": …}, …]}. */
  private static Set<String> messageTypes(Object value) {
    var result = new LinkedHashSet<String>();
    if (value instanceof List<?> list) {
      for (Object element : list) {
        if (element instanceof String s && !s.isBlank()) {
          result.add(s);
        } else if (object(element) != null && JsonMembers.string(object(element), "type") != null) {
          result.add(JsonMembers.string(object(element), "type"));
        }
      }
    }
    return result;
  }
}
