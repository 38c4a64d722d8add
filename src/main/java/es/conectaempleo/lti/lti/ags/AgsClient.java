package es.conectaempleo.lti.lti.ags;

import es.conectaempleo.lti.lti.JsonMembers;
import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import es.conectaempleo.lti.lti.ServiceCallException;
import es.conectaempleo.lti.lti.ServiceFailure;
import es.conectaempleo.lti.lti.ServiceHttp;
import es.conectaempleo.lti.lti.claims.ServiceMediaTypes;
import es.conectaempleo.lti.lti.token.ServiceToken;
import java.net.URI;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Assignment and Grade Services calls: find and create line items, post scores, read results. Each
 * call takes the URL from the launch claim (or a line item's {@code id}) and a token with the right
 * scope, and either returns what the platform answered with any 2xx or throws a {@link
 * ServiceCallException} whose {@link ServiceFailure} tells status, {@code Retry-After} and the
 * platform's message. Retrying, refreshing the token after a 401 and treating a 409 as "already
 * there" are the caller's decisions. Thread-safe; all clients share one {@link ServiceHttp}.
 *
 * <p>Sub-resource URLs are built by inserting the path segment before the query string: Moodle's
 * line item {@code …/lineitem?type_id=3} has its scores at {@code …/lineitem/scores?type_id=3}.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0">AGS 2.0</a>
 */
public final class AgsClient {
  /** The most pages of a container followed, by default, before the answer counts as malformed. */
  public static final int DEFAULT_MAX_PAGES = 100;

  private final ServiceHttp http;
  private final int maxPages;

  /**
   * @param http the shared transport; never {@code null}
   */
  public AgsClient(ServiceHttp http) {
    this(http, DEFAULT_MAX_PAGES);
  }

  /**
   * @param http the shared transport; never {@code null}
   * @param maxPages the most pages one call follows; at least 1
   */
  public AgsClient(ServiceHttp http, int maxPages) {
    this.http = Objects.requireNonNull(http, "http");
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages < 1");
    }
    this.maxPages = maxPages;
  }

  /**
   * The scores URL of a line item ({@code /scores} before any query string).
   *
   * @param lineItem never {@code null}
   */
  public static URI scoresUrl(URI lineItem) {
    return ServiceHttp.withPathSegment(lineItem, "scores");
  }

  /**
   * The results URL of a line item ({@code /results} before any query string).
   *
   * @param lineItem never {@code null}
   */
  public static URI resultsUrl(URI lineItem) {
    return ServiceHttp.withPathSegment(lineItem, "results");
  }

  /**
   * Lists line items, following {@code Link: rel="next"} over every page. Needs {@code
   * lineitem.readonly} or {@code lineitem}.
   *
   * @param lineItems the container URL ({@code lineitems} of the claim); never {@code null}
   * @param filter never {@code null}
   * @param token never {@code null}
   * @return the line items with an {@code id}, in platform order; never {@code null}
   * @throws ServiceCallException a page failed, was not a JSON array, or paging did not end within
   *     the page bound
   */
  public List<LineItem> findLineItems(URI lineItems, LineItemFilter filter, ServiceToken token)
      throws ServiceCallException {
    URI first = ServiceHttp.withQuery(lineItems, filter.queryParameters());
    return pages(first, ServiceMediaTypes.LINE_ITEM_CONTAINER, token, LineItem::fromJson);
  }

  /**
   * Reads one line item. Needs {@code lineitem.readonly} or {@code lineitem}.
   *
   * @param lineItem the line item URL; never {@code null}
   * @param token never {@code null}
   * @throws ServiceCallException the call failed, or the answer has no {@code id}
   */
  public LineItem lineItem(URI lineItem, ServiceToken token) throws ServiceCallException {
    ServiceHttp.Response response =
        http.get(lineItem, ServiceMediaTypes.LINE_ITEM, token.authorization());
    return parseLineItem(response, "GET");
  }

  /**
   * Creates a line item. Needs {@code lineitem}. Look for an existing one first ({@link
   * #findLineItems}): a create is not idempotent.
   *
   * @param lineItems the container URL; never {@code null}
   * @param item with label and {@code scoreMaximum}; its {@code id} is ignored by platforms; never
   *     {@code null}
   * @param token never {@code null}
   * @return the created line item as the platform returned it, with its {@code id}
   * @throws ServiceCallException the call failed, or the answer has no {@code id}
   */
  public LineItem createLineItem(URI lineItems, LineItem item, ServiceToken token)
      throws ServiceCallException {
    ServiceHttp.Response response =
        http.post(
            lineItems,
            ServiceMediaTypes.LINE_ITEM,
            item.toJson(),
            ServiceMediaTypes.LINE_ITEM,
            token.authorization());
    return parseLineItem(response, "POST");
  }

  /**
   * Publishes a score. Needs {@code score}.
   *
   * @param lineItem the line item URL; {@code /scores} is inserted before its query; never {@code
   *     null}
   * @param score never {@code null}
   * @param token never {@code null}
   * @return the receipt of any 2xx answer; never {@code null}
   * @throws ServiceCallException the platform refused or could not be reached
   */
  public ScoreReceipt postScore(URI lineItem, Score score, ServiceToken token)
      throws ServiceCallException {
    ServiceHttp.Response response =
        http.post(
            scoresUrl(lineItem),
            ServiceMediaTypes.SCORE,
            score.toJson(),
            ServiceMediaTypes.JSON,
            token.authorization());
    return new ScoreReceipt(response.status(), resultUrl(response.body()));
  }

  /**
   * Reads the results of a line item, following {@code Link: rel="next"}. Needs {@code
   * result.readonly}.
   *
   * @param lineItem the line item URL; never {@code null}
   * @param userId only this learner's result; may be {@code null}
   * @param token never {@code null}
   * @return the results that name a user; never {@code null}
   * @throws ServiceCallException a page failed or was not a JSON array
   */
  public List<Result> results(URI lineItem, String userId, ServiceToken token)
      throws ServiceCallException {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("user_id", userId);
    URI first = ServiceHttp.withQuery(resultsUrl(lineItem), query);
    return pages(first, ServiceMediaTypes.RESULT_CONTAINER, token, Result::fromJson);
  }

  private <T> List<T> pages(
      URI first, String accept, ServiceToken token, Function<Map<String, Object>, T> reader)
      throws ServiceCallException {
    var items = new ArrayList<T>();
    Set<URI> seen = new HashSet<>();
    URI page = first;
    while (page != null) {
      if (!seen.add(page) || seen.size() > maxPages) {
        throw new ServiceCallException(
            ServiceFailure.malformed(
                "GET", page, 200, null, "paging loops or exceeds " + maxPages + " pages"));
      }
      ServiceHttp.Response response = http.get(page, accept, token.authorization());
      for (Object element : parseArray(response)) {
        if (element instanceof Map<?, ?> object) {
          @SuppressWarnings("unchecked")
          T item = reader.apply((Map<String, Object>) object);
          if (item != null) {
            items.add(item);
          }
        }
      }
      page = response.nextPage();
    }
    return items;
  }

  private static List<Object> parseArray(ServiceHttp.Response response)
      throws ServiceCallException {
    try {
      return JSONArrayUtils.parse(response.body());
    } catch (ParseException e) {
      throw new ServiceCallException(
          ServiceFailure.malformed(
              "GET", response.uri(), response.status(), response.body(), "not a JSON array"),
          e);
    }
  }

  private static LineItem parseLineItem(ServiceHttp.Response response, String method)
      throws ServiceCallException {
    LineItem item = null;
    try {
      item = LineItem.fromJson(JSONObjectUtils.parse(response.body()));
    } catch (ParseException e) {
      // reported below
    }
    if (item == null) {
      throw new ServiceCallException(
          ServiceFailure.malformed(
              method,
              response.uri(),
              response.status(),
              response.body(),
              "not a line item with an id"));
    }
    return item;
  }

  private static URI resultUrl(String body) {
    if (body.isBlank()) {
      return null;
    }
    try {
      return JsonMembers.uri(JSONObjectUtils.parse(body), "resultUrl");
    } catch (ParseException e) {
      return null;
    }
  }
}
