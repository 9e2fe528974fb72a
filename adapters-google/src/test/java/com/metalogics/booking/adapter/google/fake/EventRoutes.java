package com.metalogics.booking.adapter.google.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.metalogics.booking.adapter.google.fake.FakeCalendarStore.ApiError;
import com.metalogics.booking.adapter.google.fake.FakeTokenEndpoint.Grant;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code calendars/{calendarId}/events[/{eventId}]} with Google's methods and parameters. */
final class EventRoutes {

  private static final Pattern EVENTS = Pattern.compile("calendars/([^/]+)/events(?:/([^/]+))?");
  private static final Pattern MOVE = Pattern.compile("calendars/([^/]+)/events/([^/]+)/move");
  private static final Pattern DESTINATION = Pattern.compile("(?:^|&)destination=([^&]*)");
  private static final Pattern SEND_UPDATES = Pattern.compile("(?:^|&)sendUpdates=([^&]*)");
  private static final Set<String> SEND_UPDATES_VALUES = Set.of("none", "all", "externalOnly");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeCalendarStore store;

  EventRoutes(FakeCalendarStore store) {
    this.store = store;
  }

  /** The JSON answer, or null for an empty 204. */
  String handle(String method, String path, String query, JsonNode body, Grant grant) {
    Matcher move = MOVE.matcher(path);
    if (move.matches()) {
      return move(method, move, query);
    }
    Matcher match = EVENTS.matcher(path);
    if (!match.matches()) {
      throw new ApiError(404, "notFound", "Not Found");
    }
    checkSendUpdates(query);
    String calendarId = decode(match.group(1));
    String eventId = match.group(2) == null ? null : decode(match.group(2));
    boolean delegated = grant.subject().isPresent();
    try {
      if (eventId == null) {
        if (!method.equals("POST")) {
          throw new ApiError(405, "methodNotAllowed", "Method Not Allowed");
        }
        return JSON.writeValueAsString(store.insert(calendarId, body, delegated));
      }
      return switch (method) {
        case "GET" -> JSON.writeValueAsString(store.get(calendarId, eventId));
        case "PUT" -> JSON.writeValueAsString(store.update(calendarId, eventId, body, delegated));
        case "PATCH" -> JSON.writeValueAsString(store.patch(calendarId, eventId, body, delegated));
        case "DELETE" -> {
          store.delete(calendarId, eventId);
          yield null;
        }
        default -> throw new ApiError(405, "methodNotAllowed", "Method Not Allowed");
      };
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code events.move}: POST without a body, the target calendar in {@code destination}. */
  private String move(String method, Matcher match, String query) {
    if (!method.equals("POST")) {
      throw new ApiError(405, "methodNotAllowed", "Method Not Allowed");
    }
    checkSendUpdates(query);
    Matcher destination = DESTINATION.matcher(query == null ? "" : query);
    if (!destination.find() || destination.group(1).isEmpty()) {
      throw new ApiError(400, "required", "Required parameter: destination");
    }
    try {
      return JSON.writeValueAsString(
          store.move(decode(match.group(1)), decode(match.group(2)), decode(destination.group(1))));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void checkSendUpdates(String query) {
    if (query == null) {
      return;
    }
    Matcher match = SEND_UPDATES.matcher(query);
    if (match.find() && !SEND_UPDATES_VALUES.contains(decode(match.group(1)))) {
      throw new ApiError(400, "invalid", "Invalid value for: sendUpdates");
    }
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }
}
