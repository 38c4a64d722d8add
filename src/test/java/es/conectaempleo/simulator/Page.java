package es.conectaempleo.simulator;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One response the browser received. Immutable.
 *
 * @param uri the URL requested
 * @param headers response headers by lower-case name
 */
public record Page(String method, URI uri, int status, Map<String, List<String>> headers, String body) {
  public Page {
    var lowerCase = new java.util.TreeMap<String, List<String>>();
    headers.forEach((name, values) -> lowerCase.put(name.toLowerCase(java.util.Locale.ROOT), List.copyOf(values)));
    headers = java.util.Collections.unmodifiableMap(lowerCase);
  }

  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public List<String> headers(String name) {
    return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of());
  }

  public boolean isRedirect() {
    return status >= 300 && status < 400 && header("location").isPresent();
  }

  /** The redirect target, resolved against the request URL. */
  public URI location() {
    return uri.resolve(header("location").orElseThrow(() -> new IllegalStateException("No Location: " + this)));
  }

  public Document document() {
    return Jsoup.parse(body, uri.toString());
  }

  /** Every POST form of the page, in document order. */
  public List<AutoPostForm> forms() {
    return document().select("form[method=post]").stream().map(form -> AutoPostForm.of(form, uri)).toList();
  }

  /** The page's self-posting form, if it is one. */
  public Optional<AutoPostForm> autoPostForm() {
    return AutoPostForm.parse(body, uri);
  }

  @Override
  public String toString() {
    String text = body.length() > 600 ? body.substring(0, 600) + "…" : body;
    return method + " " + uri + " -> " + status + " " + headers.getOrDefault("location", List.of()) + "\n" + text;
  }
}
