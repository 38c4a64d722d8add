package es.conectaempleo.lti.lti;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links of HTTP {@code Link} headers, read leniently because the platforms write them loosely:
 * Moodle's line-item and result containers quote relations with typographic quotes ({@code
 * rel=“next”}, sent as UTF-8 bytes that Java's client hands over as ISO-8859-1 characters),
 * HTML-escape the {@code &} of their URLs ({@code &amp;}) and may send a malformed {@code last}
 * link. A link that cannot be read is skipped; it never hides the others. Immutable and
 * thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8288#section-3">RFC 8288 §3 Link
 *     serialisation</a>
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#container-request-filters">AGS 2.0
 *     paging</a>
 */
public final class LinkHeader {
  /** The start of a {@code rel} parameter; its value runs to the next {@code ;} or {@code ,}. */
  private static final Pattern REL = Pattern.compile("(?i)(?:^|[;\\s])rel\\s*=");

  /**
   * Characters that cannot be part of a relation type (RFC 8288 §3.3: lower-case tokens or URIs).
   * Quotes of any kind count as separators; Moodle's UTF-8 typographic quotes reach Java as the
   * ISO-8859-1 characters U+00E2 U+0080 U+009C, which this covers too.
   */
  private static final Pattern NOT_RELATION = Pattern.compile("[^A-Za-z0-9.\\-:/#?&=_~+%]+");

  /**
   * One link.
   *
   * @param uri the target, resolved against the request URI; never {@code null}
   * @param relations its relation types, lower case; never {@code null}
   */
  public record Link(URI uri, Set<String> relations) {
    public Link {
      relations = Set.copyOf(relations);
    }
  }

  private final List<Link> links;

  private LinkHeader(List<Link> links) {
    this.links = List.copyOf(links);
  }

  /**
   * @param headerValues every {@code Link} header value of a response, in order; never {@code null}
   * @param base the request URI, against which relative targets resolve; never {@code null}
   */
  public static LinkHeader parse(List<String> headerValues, URI base) {
    var links = new ArrayList<Link>();
    for (String value : headerValues) {
      parseValue(value, base, links);
    }
    return new LinkHeader(links);
  }

  /** Every link read, in header order. */
  public List<Link> links() {
    return links;
  }

  /**
   * @param relation a relation type such as {@code next}; compared ignoring case; never {@code
   *     null}
   * @return the first link with that relation
   */
  public Optional<URI> uri(String relation) {
    String wanted = relation.toLowerCase(Locale.ROOT);
    return links.stream().filter(l -> l.relations().contains(wanted)).map(Link::uri).findFirst();
  }

  private static void parseValue(String value, URI base, List<Link> links) {
    int open = value.indexOf('<');
    while (open >= 0) {
      int close = value.indexOf('>', open + 1);
      if (close < 0) {
        return;
      }
      int next = value.indexOf('<', close + 1);
      String params = value.substring(close + 1, next < 0 ? value.length() : next);
      String target = value.substring(open + 1, close);
      Set<String> relations = relations(params);
      resolve(target, base)
          .ifPresent(
              uri -> {
                if (!relations.isEmpty()) {
                  links.add(new Link(uri, relations));
                }
              });
      open = next;
    }
  }

  private static Set<String> relations(String params) {
    var relations = new LinkedHashSet<String>();
    Matcher matcher = REL.matcher(params);
    if (matcher.find()) {
      String value = params.substring(matcher.end());
      int end = indexOfAny(value, ';', ',');
      for (String rel : NOT_RELATION.split(end < 0 ? value : value.substring(0, end))) {
        if (!rel.isEmpty()) {
          relations.add(rel.toLowerCase(Locale.ROOT));
        }
      }
    }
    return relations;
  }

  private static int indexOfAny(String text, char first, char second) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == first || text.charAt(i) == second) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<URI> resolve(String target, URI base) {
    // Moodle writes moodle_url::out(), which escapes & as &amp; for HTML.
    String cleaned = target.trim().replace("&amp;", "&");
    if (cleaned.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(base.resolve(new URI(cleaned)));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
