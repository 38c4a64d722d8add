package es.conectaempleo.simulator;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML form that submits itself on load: how an LMS form-posts the authentication response
 * ({@code response_mode=form_post}) and login initiations. Immutable; {@link #with} and {@link
 * #without} return changed copies so tests can tamper with what the browser posts.
 *
 * @param action absolute URL the form posts to
 */
public record AutoPostForm(URI action, Map<String, String> fields) {
  public AutoPostForm {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public String field(String name) {
    return fields.get(name);
  }

  public AutoPostForm with(String name, String value) {
    var changed = new LinkedHashMap<>(fields);
    changed.put(name, value);
    return new AutoPostForm(action, changed);
  }

  public AutoPostForm without(String name) {
    var changed = new LinkedHashMap<>(fields);
    changed.remove(name);
    return new AutoPostForm(action, changed);
  }

  /** The page a platform serves: a POST form submitted by script, with a button without script. */
  String render(String title) {
    var html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(title))
        .append("</title></head>\n<body onload=\"document.forms[0].submit()\">\n")
        .append("<form method=\"post\" action=\"")
        .append(escape(action.toString()))
        .append("\">\n");
    fields.forEach(
        (name, value) ->
            html.append("<input type=\"hidden\" name=\"")
                .append(escape(name))
                .append("\" value=\"")
                .append(escape(value))
                .append("\">\n"));
    html.append("<noscript><button type=\"submit\">Continue</button></noscript>\n</form>\n</body></html>\n");
    return html.toString();
  }

  /** The first POST form of a page, if it has one, with its action resolved against the page URL. */
  static Optional<AutoPostForm> parse(String html, URI pageUri) {
    Document page = Jsoup.parse(html, pageUri.toString());
    return Optional.ofNullable(page.selectFirst("form[method=post]")).map(form -> of(form, pageUri));
  }

  /** A form element of a page parsed with the page URL as base. */
  static AutoPostForm of(Element form, URI pageUri) {
    var fields = new LinkedHashMap<String, String>();
    for (Element input : form.select("input[name]")) {
      String type = input.attr("type").toLowerCase(java.util.Locale.ROOT);
      boolean choice = type.equals("radio") || type.equals("checkbox");
      // As browsers do: disabled fields and unchecked choices are not sent.
      if (input.hasAttr("disabled") || (choice && !input.hasAttr("checked"))) {
        continue;
      }
      fields.put(input.attr("name"), input.attr("value"));
    }
    String action = form.attr("abs:action");
    return new AutoPostForm(URI.create(action.isEmpty() ? pageUri.toString() : action), fields);
  }

  static String escape(String text) {
    var escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
