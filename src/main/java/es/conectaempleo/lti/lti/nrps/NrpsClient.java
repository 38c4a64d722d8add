package es.conectaempleo.lti.lti.nrps;

import es.conectaempleo.lti.lti.ServiceCallException;
import es.conectaempleo.lti.lti.ServiceFailure;
import es.conectaempleo.lti.lti.ServiceHttp;
import es.conectaempleo.lti.lti.claims.ServiceMediaTypes;
import es.conectaempleo.lti.lti.token.ServiceToken;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a context's roster over every page ({@code Link: rel="next"}, read leniently), up to a
 * bounded number of pages. A roster is all or nothing: a failed page fails the call, because a
 * partial list would look like members who left. Thread-safe; shares one {@link ServiceHttp}.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#membership-service">NRPS 2.0 §2</a>
 */
public final class NrpsClient {
  /** The most pages followed, by default, before the answer counts as malformed. */
  public static final int DEFAULT_MAX_PAGES = 200;

  private final ServiceHttp http;
  private final int maxPages;

  /**
   * @param http the shared transport; never {@code null}
   */
  public NrpsClient(ServiceHttp http) {
    this(http, DEFAULT_MAX_PAGES);
  }

  /**
   * @param http the shared transport; never {@code null}
   * @param maxPages the most pages one call follows; at least 1
   */
  public NrpsClient(ServiceHttp http, int maxPages) {
    this.http = Objects.requireNonNull(http, "http");
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages < 1");
    }
    this.maxPages = maxPages;
  }

  /**
   * Lists the members. Needs {@code contextmembership.readonly}.
   *
   * @param contextMemberships the claim's {@code context_memberships_url}; never {@code null}
   * @param role only members with this role (URI or simple name); may be {@code null}
   * @param limit the page size asked for; may be {@code null}
   * @param token never {@code null}
   * @return every member over all pages; never {@code null}
   * @throws ServiceCallException a page failed, was not a membership container, a member had no
   *     {@code user_id}, or paging did not end within the page bound
   */
  public MembershipContainer members(
      URI contextMemberships, String role, Integer limit, ServiceToken token)
      throws ServiceCallException {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("role", role);
    query.put("limit", limit == null ? null : limit.toString());
    URI page = ServiceHttp.withQuery(contextMemberships, query);
    Set<URI> seen = new HashSet<>();
    var members = new ArrayList<Membership>();
    Map<String, Object> context = null;
    URI differences = null;
    while (page != null) {
      if (!seen.add(page) || seen.size() > maxPages) {
        throw new ServiceCallException(
            ServiceFailure.malformed(
                "GET", page, 200, null, "paging loops or exceeds " + maxPages + " pages"));
      }
      ServiceHttp.Response response =
          http.get(page, ServiceMediaTypes.MEMBERSHIP_CONTAINER, token.authorization());
      Map<String, Object> container = response.jsonObject("GET");
      if (context == null && container.get("context") instanceof Map<?, ?> found) {
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) found;
        context = typed;
      }
      if (!(container.get("members") instanceof List<?> list)) {
        throw malformed(response, "no members array");
      }
      for (Object element : list) {
        Membership member = null;
        if (element instanceof Map<?, ?> object) {
          @SuppressWarnings("unchecked")
          Map<String, Object> typed = (Map<String, Object>) object;
          member = Membership.fromJson(typed);
        }
        if (member == null) {
          throw malformed(response, "a member without user_id");
        }
        members.add(member);
      }
      differences = response.links().uri("differences").orElse(differences);
      page = response.nextPage();
    }
    return new MembershipContainer(
        member(context, "id"),
        member(context, "label"),
        member(context, "title"),
        members,
        differences);
  }

  private static ServiceCallException malformed(ServiceHttp.Response response, String detail) {
    return new ServiceCallException(
        ServiceFailure.malformed(
            "GET", response.uri(), response.status(), response.body(), detail));
  }

  private static String member(Map<String, Object> context, String name) {
    Object value = context == null ? null : context.get(name);
    if (value instanceof Number number) {
      return String.valueOf(number.longValue());
    }
    return value instanceof String s && !s.isEmpty() ? s : null;
  }
}
