package com.metalogics.booking.adapter.google.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.metalogics.booking.adapter.google.fake.FakeCalendarStore.ApiError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET calendars/{id}/events} as Google answers it: a window ({@code timeMin}, {@code
 * timeMax}) or the changes since a {@code syncToken} (never both), in pages, the last page with a
 * {@code nextSyncToken}. A sync token remembers each event's etag and status when it was issued, so
 * the changes are the events whose etag or status moved since (deleted events stay, cancelled).
 * {@link #expireTokens} makes the issued tokens answer 410 Gone.
 */
final class EventListing {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern EVENTS = Pattern.compile("calendars/([^/]+)/events(?:/.*)?");

  private final FakeCalendarStore store;
  private final Map<String, Map<String, String>> tokens = new ConcurrentHashMap<>();
  private final Map<String, List<ObjectNode>> pending = new ConcurrentHashMap<>();
  private final AtomicInteger pageSize = new AtomicInteger(250);

  EventListing(FakeCalendarStore store) {
    this.store = store;
  }

  /** The calendar whose events a {@code GET calendars/{id}/events} lists. */
  static Optional<String> listedCalendar(String method, String path) {
    return method.equals("GET") && path.endsWith("/events") ? calendarOf(path) : Optional.empty();
  }

  /** The calendar of a {@code calendars/{id}/events...} path. */
  static Optional<String> calendarOf(String path) {
    Matcher match = EVENTS.matcher(path);
    return match.matches()
        ? Optional.of(URLDecoder.decode(match.group(1), StandardCharsets.UTF_8))
        : Optional.empty();
  }

  void pageSize(int size) {
    pageSize.set(size);
  }

  void expireTokens() {
    tokens.clear();
  }

  ObjectNode handle(String calendarId, String query) {
    Map<String, String> params = params(query);
    if (params.containsKey("pageToken")) {
      return page(params.get("pageToken"), calendarId, params);
    }
    List<ObjectNode> events = new ArrayList<>(store.events(calendarId));
    events.addAll(store.blockedEvents(calendarId));
    List<ObjectNode> chosen;
    if (params.containsKey("syncToken")) {
      if (params.containsKey("timeMin") || params.containsKey("timeMax")) {
        throw new ApiError(400, "invalid", "timeMin and syncToken cannot be combined");
      }
      Map<String, String> seen = tokens.get(params.get("syncToken"));
      if (seen == null) {
        throw new ApiError(
            410, "fullSyncRequired", "Sync token is no longer valid, a full sync is required.");
      }
      chosen = events.stream().filter(e -> !version(e).equals(seen.get(id(e)))).toList();
    } else {
      Instant min = instant(params.get("timeMin"));
      Instant max = instant(params.get("timeMax"));
      chosen =
          events.stream()
              .filter(e -> !"cancelled".equals(e.path("status").asText()))
              .filter(e -> start(e).isBefore(max) && min.isBefore(end(e)))
              .toList();
    }
    String listing = UUID.randomUUID().toString();
    pending.put(listing, chosen);
    tokens.put(listing, versions(events));
    return page(listing + ":0", calendarId, params);
  }

  private ObjectNode page(String pageToken, String calendarId, Map<String, String> params) {
    String[] parts = pageToken.split(":", 2);
    List<ObjectNode> chosen = pending.get(parts[0]);
    if (chosen == null || parts.length < 2) {
      throw new ApiError(400, "invalid", "Invalid page token");
    }
    int from = Integer.parseInt(parts[1]);
    int size = Math.min(pageSize.get(), Integer.parseInt(params.getOrDefault("maxResults", "250")));
    int to = Math.min(chosen.size(), from + size);
    ObjectNode answer = JSON.createObjectNode();
    answer.put("kind", "calendar#events");
    answer.put("summary", calendarId);
    ArrayNode items = answer.putArray("items");
    chosen.subList(from, to).forEach(items::add);
    if (to < chosen.size()) {
      answer.put("nextPageToken", parts[0] + ":" + to);
    } else {
      answer.put("nextSyncToken", parts[0]);
      pending.remove(parts[0]);
    }
    return answer;
  }

  private static Map<String, String> versions(List<ObjectNode> events) {
    Map<String, String> versions = new HashMap<>();
    events.forEach(e -> versions.put(id(e), version(e)));
    return versions;
  }

  private static String id(ObjectNode event) {
    return event.path("id").asText();
  }

  private static String version(ObjectNode event) {
    return event.path("etag").asText() + "/" + event.path("status").asText();
  }

  private static Instant start(ObjectNode event) {
    return instant(event.path("start").path("dateTime").asText(null));
  }

  private static Instant end(ObjectNode event) {
    return instant(event.path("end").path("dateTime").asText(null));
  }

  private static Instant instant(String text) {
    if (text == null) {
      throw new ApiError(400, "required", "Missing time");
    }
    return OffsetDateTime.parse(text).toInstant();
  }

  private static Map<String, String> params(String query) {
    Map<String, String> params = new HashMap<>();
    if (query == null) {
      return params;
    }
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      params.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
    }
    return params;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
