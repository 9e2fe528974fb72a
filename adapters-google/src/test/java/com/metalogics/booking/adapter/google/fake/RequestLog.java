package com.metalogics.booking.adapter.google.fake;

import com.sun.net.httpserver.HttpExchange;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every request the fake answered, for assertions on what the client sent and how often. */
public final class RequestLog {

  /** One answered request. {@code path} is decoded; {@code query} raw. */
  public record Entry(String method, String path, String query, int status, String body) {

    public boolean isEventsCall() {
      return path.contains("/events");
    }

    public boolean isFreeBusy() {
      return path.endsWith("/freeBusy");
    }
  }

  private final List<Entry> entries = new CopyOnWriteArrayList<>();

  void record(HttpExchange exchange, int status, String body) {
    entries.add(
        new Entry(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            exchange.getRequestURI().getRawQuery(),
            status,
            body));
  }

  public List<Entry> all() {
    return List.copyOf(entries);
  }

  /** Calendar API requests in order, token requests left out. */
  public List<Entry> api() {
    return entries.stream().filter(e -> e.path().startsWith("/calendar/")).toList();
  }

  /** Requests with this method whose path contains {@code pathPart}. */
  public long count(String method, String pathPart) {
    return entries.stream()
        .filter(e -> e.method().equals(method) && e.path().contains(pathPart))
        .count();
  }

  public long freeBusyCalls() {
    return entries.stream().filter(Entry::isFreeBusy).count();
  }

  /** Calendar API requests, token requests left out. */
  public long apiCalls() {
    return entries.stream().filter(e -> e.path().startsWith("/calendar/")).count();
  }

  public void clear() {
    entries.clear();
  }
}
