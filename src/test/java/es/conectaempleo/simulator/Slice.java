package es.conectaempleo.simulator;

import java.util.List;
import java.util.Map;

/**
 * One page of a service's collection: {@code limit} (Canvas also {@code per_page}) items from the
 * offset the LMS's paging parameters name.
 */
record Slice<T>(List<T> items, int size, int offset) {

  static <T> Slice<T> of(List<T> all, Map<String, String> query, GradingRules rules) {
    int size = requestedSize(query);
    int offset = Math.max(0, rules.pageOffset(query, size));
    int from = Math.min(offset, all.size());
    int to = (int) Math.min((long) offset + size, all.size());
    return new Slice<>(all.subList(from, to), size, offset);
  }

  private static int requestedSize(Map<String, String> query) {
    String limit = query.getOrDefault("limit", query.get("per_page"));
    try {
      return limit == null ? Integer.MAX_VALUE : Math.max(1, Integer.parseInt(limit));
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }
}
