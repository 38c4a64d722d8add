package es.conectaempleo.lti.lti;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends the tool's requests to platform services over one shared {@link HttpClient} (connection
 * reuse) and turns every outcome into either a 2xx {@link Response} or a {@link
 * ServiceCallException} carrying the {@link ServiceFailure} facts. Each exchange, body included, is
 * bounded in time and size. Thread-safe.
 *
 * <p>Media types are sent exactly as given, without {@code charset} or quality parameters: Moodle
 * compares {@code Accept} and {@code Content-Type} as whole strings.
 */
public final class ServiceHttp {
  /** The largest response body read: a one-page Moodle roster of a few thousand members fits. */
  public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

  private final HttpClient client;
  private final Duration requestTimeout;
  private final Clock clock;
  private final int maxBodyBytes;

  /**
   * @param client the application's one client; never {@code null}
   * @param requestTimeout the longest one exchange may take, body included; never {@code null}
   * @param clock for {@code Retry-After} dates and token lifetimes; never {@code null}
   */
  public ServiceHttp(HttpClient client, Duration requestTimeout, Clock clock) {
    this(client, requestTimeout, clock, MAX_BODY_BYTES);
  }

  ServiceHttp(HttpClient client, Duration requestTimeout, Clock clock, int maxBodyBytes) {
    this.client = Objects.requireNonNull(client, "client");
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * The client this library expects: a connect timeout, and no redirects, so that a bearer token is
   * never replayed to another host.
   *
   * @param connectTimeout never {@code null}
   */
  public static HttpClient newHttpClient(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  public Clock clock() {
    return clock;
  }

  /**
   * @param uri never {@code null}
   * @param accept the one media type asked for; never {@code null}
   * @param authorization the {@code Authorization} header value; may be {@code null}
   * @return the 2xx answer; never {@code null}
   * @throws ServiceCallException any other answer, a timeout or a connection failure
   */
  public Response get(URI uri, String accept, String authorization) throws ServiceCallException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().header("Accept", accept);
    return send(request, "GET", uri, authorization);
  }

  /**
   * @param uri never {@code null}
   * @param contentType the body's media type; never {@code null}
   * @param body UTF-8 text; never {@code null}
   * @param accept the one media type asked for; never {@code null}
   * @param authorization the {@code Authorization} header value; may be {@code null}
   * @return the 2xx answer; never {@code null}
   * @throws ServiceCallException any other answer, a timeout or a connection failure
   */
  public Response post(
      URI uri, String contentType, String body, String accept, String authorization)
      throws ServiceCallException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .header("Content-Type", contentType)
            .header("Accept", accept);
    return send(request, "POST", uri, authorization);
  }

  /**
   * Appends query parameters to a URI that may already have a query (Moodle's {@code ?type_id=}).
   * Parameters with a {@code null} value are left out.
   *
   * @param uri never {@code null}
   * @param parameters in the order to send; never {@code null}
   */
  public static URI withQuery(URI uri, Map<String, String> parameters) {
    String base = withoutFragment(uri.toString());
    var result = new StringBuilder(base);
    boolean hasQuery = base.indexOf('?') >= 0;
    boolean open = base.endsWith("?") || base.endsWith("&");
    for (var parameter : parameters.entrySet()) {
      if (parameter.getValue() == null) {
        continue;
      }
      if (!open) {
        result.append(hasQuery ? '&' : '?');
      }
      result
          .append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
      hasQuery = true;
      open = false;
    }
    return URI.create(result.toString());
  }

  /**
   * Adds a path segment before the query string: {@code …/lineitem?type_id=3} and {@code scores}
   * give {@code …/lineitem/scores?type_id=3}. The fragment, never sent, is dropped.
   *
   * @param uri never {@code null}
   * @param segment one path segment, already URL-safe; never {@code null}
   */
  public static URI withPathSegment(URI uri, String segment) {
    String text = withoutFragment(uri.toString());
    int query = text.indexOf('?');
    String path = query < 0 ? text : text.substring(0, query);
    String rest = query < 0 ? "" : text.substring(query);
    return URI.create(path + (path.endsWith("/") ? "" : "/") + segment + rest);
  }

  private static String withoutFragment(String uri) {
    int hash = uri.indexOf('#');
    return hash < 0 ? uri : uri.substring(0, hash);
  }

  private Response send(HttpRequest.Builder builder, String method, URI uri, String authorization)
      throws ServiceCallException {
    builder.timeout(requestTimeout);
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    CompletableFuture<HttpResponse<Body>> exchange;
    try {
      exchange = client.sendAsync(builder.build(), info -> new BoundedBody(maxBodyBytes));
    } catch (IllegalArgumentException e) {
      throw new ToolFaultException("Not a URI this client can call: " + uri, e);
    }
    HttpResponse<Body> response;
    try {
      // The client's own timeout stops at the headers; this one also bounds the body.
      response = exchange.get(requestTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw new ServiceCallException(ServiceFailure.timeout(method, uri), e);
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new ServiceCallException(ServiceFailure.connection(method, uri, "interrupted"), e);
    } catch (ExecutionException e) {
      throw failed(method, uri, e.getCause());
    }
    String body = new String(response.body().bytes(), StandardCharsets.UTF_8);
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      // The start of an oversized error page still says what went wrong.
      throw new ServiceCallException(
          ServiceFailure.status(method, uri, status, response.headers(), body, clock.instant()));
    }
    if (response.body().truncated()) {
      throw new ServiceCallException(
          ServiceFailure.malformed(
              method, uri, status, null, "response body larger than " + maxBodyBytes + " bytes"));
    }
    return new Response(uri, status, response.headers(), body);
  }

  private static ServiceCallException failed(String method, URI uri, Throwable cause) {
    if (cause instanceof HttpTimeoutException) {
      return new ServiceCallException(ServiceFailure.timeout(method, uri), cause);
    }
    String detail = cause == null ? "failed" : cause.getClass().getSimpleName();
    if (cause != null && cause.getMessage() != null) {
      detail += ": " + cause.getMessage();
    }
    return new ServiceCallException(ServiceFailure.connection(method, uri, detail), cause);
  }

  /**
   * A 2xx answer. Immutable.
   *
   * @param uri the request URI; never {@code null}
   * @param status the 2xx status
   * @param headers never {@code null}
   * @param body the body as UTF-8 text; never {@code null}, may be empty
   */
  public record Response(URI uri, int status, HttpHeaders headers, String body) {
    /**
     * The {@code Link} headers of this answer, relative targets resolved against {@link #uri()}.
     */
    public LinkHeader links() {
      return LinkHeader.parse(headers.allValues("Link"), uri);
    }

    /**
     * The body as a JSON object.
     *
     * @param method the request's method, for the failure
     * @throws ServiceCallException the body is not a JSON object
     */
    public Map<String, Object> jsonObject(String method) throws ServiceCallException {
      try {
        return JSONObjectUtils.parse(body);
      } catch (ParseException e) {
        throw new ServiceCallException(
            ServiceFailure.malformed(method, uri, status, body, "not a JSON object"), e);
      }
    }

    /** The first value of a header. */
    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    /**
     * The next page of a paged answer ({@code Link: rel="next"}), or {@code null} on the last page.
     *
     * @throws ServiceCallException the next page is one the tool may not call with its token
     *     ({@link PlatformUrls}): the answer is refused rather than cut short, so a partial list
     *     never passes for the whole one
     */
    public URI nextPage() throws ServiceCallException {
      URI next = links().uri("next").orElse(null);
      if (next != null && !PlatformUrls.isCallable(next)) {
        throw new ServiceCallException(
            ServiceFailure.malformed("GET", uri, status, null, "the next page is not an https URL: " + next));
      }
      return next;
    }
  }

  /** A response body as read: at most the limit, and whether more was cut off. */
  private record Body(byte[] bytes, boolean truncated) {}

  /** Collects the body, and stops at the limit instead of filling the heap. */
  private static final class BoundedBody implements HttpResponse.BodySubscriber<Body> {
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final int limit;
    private Flow.Subscription subscription;

    BoundedBody(int limit) {
      this.limit = limit;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer item : items) {
        if (bytes.size() + item.remaining() > limit) {
          byte[] last = new byte[limit - bytes.size()];
          item.get(last);
          bytes.write(last, 0, last.length);
          subscription.cancel();
          result.complete(new Body(bytes.toByteArray(), true));
          return;
        }
        byte[] chunk = new byte[item.remaining()];
        item.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      result.complete(new Body(bytes.toByteArray(), false));
    }

    @Override
    public CompletionStage<Body> getBody() {
      return result;
    }
  }
}
