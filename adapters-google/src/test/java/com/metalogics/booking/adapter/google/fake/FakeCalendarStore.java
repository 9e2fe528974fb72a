package com.metalogics.booking.adapter.google.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The calendars behind the fake API: events by id with Google's field names and rules, and the
 * free/busy answers computed from them. Errors are thrown as {@link ApiError}s in Google's shape.
 */
final class FakeCalendarStore {

  /** Google's limit of calendars in one free/busy query. */
  static final int MAX_FREEBUSY_CALENDARS = 50;

  /** Stricter than the ~90 days Google was seen to accept, so chunking is always exercised. */
  static final Duration MAX_FREEBUSY_RANGE = Duration.ofDays(60);

  private static final Pattern EVENT_ID = Pattern.compile("[a-v0-9]{5,1024}");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A Google JSON error answer. */
  static final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String reason;

    ApiError(int status, String reason, String message) {
      super(message);
      this.status = status;
      this.reason = reason;
    }
  }

  private record Blocked(Instant start, Instant end) {}

  private final Map<String, Map<String, ObjectNode>> calendars = new ConcurrentHashMap<>();
  private final Map<String, List<Blocked>> blocked = new ConcurrentHashMap<>();
  private final Map<String, String> freeBusyErrors = new ConcurrentHashMap<>();
  private volatile boolean refuseAttendees;

  /** Refuses attendees even to a delegated account, as when delegation lacks the right. */
  void refuseAttendees(boolean refuse) {
    this.refuseAttendees = refuse;
  }

  void addCalendar(String calendarId) {
    calendars.putIfAbsent(calendarId, new LinkedHashMap<>());
    blocked.putIfAbsent(calendarId, new ArrayList<>());
  }

  synchronized void block(String calendarId, Instant start, Instant end) {
    blocked.get(calendarId).add(new Blocked(start, end));
  }

  /** The blocked times as {@code events.list} shows them: busy events someone else made. */
  synchronized List<ObjectNode> blockedEvents(String calendarId) {
    List<ObjectNode> events = new ArrayList<>();
    for (Blocked time : blocked.getOrDefault(calendarId, List.of())) {
      ObjectNode event = JSON.createObjectNode();
      event.put("id", "blocked" + time.start().toEpochMilli() + "x" + time.end().toEpochMilli());
      event.put("status", "confirmed");
      event.put("etag", "\"blocked\"");
      event.putObject("start").put("dateTime", time.start().toString());
      event.putObject("end").put("dateTime", time.end().toString());
      events.add(event);
    }
    return events;
  }

  void freeBusyError(String calendarId, Optional<String> reason) {
    reason.ifPresentOrElse(
        r -> freeBusyErrors.put(calendarId, r), () -> freeBusyErrors.remove(calendarId));
  }

  synchronized Optional<ObjectNode> event(String calendarId, String eventId) {
    return Optional.ofNullable(calendar(calendarId).get(eventId)).map(ObjectNode::deepCopy);
  }

  synchronized List<ObjectNode> events(String calendarId) {
    return calendar(calendarId).values().stream().map(ObjectNode::deepCopy).toList();
  }

  synchronized ObjectNode insert(String calendarId, JsonNode body, boolean delegated) {
    Map<String, ObjectNode> events = calendar(calendarId);
    ObjectNode event = validEvent(body, delegated);
    String id = event.path("id").asText("");
    if (id.isEmpty()) {
      id = Long.toString(System.nanoTime(), 32);
      event.put("id", id);
    }
    if (events.containsKey(id)) {
      throw new ApiError(409, "duplicate", "The requested identifier already exists.");
    }
    event.put("created", Instant.now().toString());
    return store(events, id, event);
  }

  synchronized ObjectNode get(String calendarId, String eventId) {
    return existing(calendar(calendarId), eventId).deepCopy();
  }

  synchronized ObjectNode update(
      String calendarId, String eventId, JsonNode body, boolean delegated) {
    Map<String, ObjectNode> events = calendar(calendarId);
    ObjectNode previous = existing(events, eventId);
    ObjectNode event = validEvent(body, delegated);
    event.put("id", eventId);
    event.set("created", previous.get("created"));
    return store(events, eventId, event);
  }

  synchronized ObjectNode patch(
      String calendarId, String eventId, JsonNode body, boolean delegated) {
    Map<String, ObjectNode> events = calendar(calendarId);
    ObjectNode merged = existing(events, eventId).deepCopy();
    body.fields().forEachRemaining(field -> merged.set(field.getKey(), field.getValue()));
    ObjectNode event = validEvent(merged, delegated);
    event.put("id", eventId);
    return store(events, eventId, event);
  }

  /**
   * Moves the event into another calendar under the same id, as Google's {@code events.move}; an
   * event not in the source is 404, as is an unknown destination.
   */
  synchronized ObjectNode move(String calendarId, String eventId, String destination) {
    Map<String, ObjectNode> source = calendar(calendarId);
    ObjectNode event = existing(source, eventId);
    Map<String, ObjectNode> target = calendar(destination);
    ObjectNode there = target.get(eventId);
    if (there != null && !"cancelled".equals(there.path("status").asText())) {
      throw new ApiError(409, "duplicate", "The requested identifier already exists.");
    }
    source.remove(eventId);
    return store(target, eventId, event);
  }

  synchronized void delete(String calendarId, String eventId) {
    ObjectNode event = existing(calendar(calendarId), eventId);
    if ("cancelled".equals(event.path("status").asText())) {
      throw new ApiError(410, "deleted", "Resource has been deleted");
    }
    event.put("status", "cancelled");
  }

  synchronized ObjectNode freeBusy(JsonNode body) {
    Instant min = instant(body.path("timeMin"), "timeMin");
    Instant max = instant(body.path("timeMax"), "timeMax");
    if (!max.isAfter(min)) {
      throw new ApiError(400, "timeRangeEmpty", "The specified time range is empty.");
    }
    if (Duration.between(min, max).compareTo(MAX_FREEBUSY_RANGE) > 0) {
      throw new ApiError(400, "timeRangeTooLong", "The requested time range is too long.");
    }
    ObjectNode answer = JSON.createObjectNode();
    answer.put("kind", "calendar#freeBusy");
    answer.put("timeMin", min.toString());
    answer.put("timeMax", max.toString());
    if (body.path("items").size() > MAX_FREEBUSY_CALENDARS) {
      throw new ApiError(400, "invalid", "At most 50 calendars may be queried at once.");
    }
    ObjectNode result = answer.putObject("calendars");
    for (JsonNode item : body.path("items")) {
      String id = item.path("id").asText();
      result.set(id, calendarBusy(id, min, max));
    }
    return answer;
  }

  private ObjectNode calendarBusy(String calendarId, Instant min, Instant max) {
    ObjectNode entry = JSON.createObjectNode();
    String error = !calendars.containsKey(calendarId) ? "notFound" : freeBusyErrors.get(calendarId);
    ArrayNode busy = entry.putArray("busy");
    if (error != null) {
      entry.putArray("errors").addObject().put("domain", "global").put("reason", error);
      return entry;
    }
    List<Blocked> times = new ArrayList<>(blocked.get(calendarId));
    for (ObjectNode event : calendars.get(calendarId).values()) {
      if (!"cancelled".equals(event.path("status").asText())
          && !"transparent".equals(event.path("transparency").asText())) {
        times.add(new Blocked(when(event, "start"), when(event, "end")));
      }
    }
    times.stream()
        .filter(t -> t.start().isBefore(max) && min.isBefore(t.end()))
        .sorted((a, b) -> a.start().compareTo(b.start()))
        .forEach(
            t ->
                busy.addObject()
                    .put("start", (t.start().isBefore(min) ? min : t.start()).toString())
                    .put("end", (t.end().isAfter(max) ? max : t.end()).toString()));
    return entry;
  }

  private ObjectNode validEvent(JsonNode body, boolean delegated) {
    if (!body.isObject()) {
      throw new ApiError(400, "badRequest", "Bad Request");
    }
    ObjectNode event = body.deepCopy();
    String id = event.path("id").asText("");
    if (!id.isEmpty() && !EVENT_ID.matcher(id).matches()) {
      throw new ApiError(400, "invalid", "Invalid resource id value.");
    }
    Instant start = when(event, "start");
    Instant end = when(event, "end");
    if (end.isBefore(start)) {
      throw new ApiError(400, "timeRangeEmpty", "The specified time range is empty.");
    }
    String status = event.path("status").asText("confirmed");
    if (!List.of("confirmed", "tentative", "cancelled").contains(status)) {
      throw new ApiError(400, "invalid", "Invalid value for: status");
    }
    if (event.path("attendees").size() > 0 && (!delegated || refuseAttendees)) {
      throw new ApiError(
          403,
          "forbiddenForServiceAccounts",
          "Service accounts cannot invite attendees without Domain-Wide Delegation of Authority.");
    }
    checkReminders(event.path("reminders"));
    event.put("status", status);
    event.put("kind", "calendar#event");
    return event;
  }

  /**
   * As Google: at most 5 overrides, each email or popup, 0 to 40320 minutes, none with defaults.
   */
  private static void checkReminders(JsonNode reminders) {
    JsonNode overrides = reminders.path("overrides");
    if (overrides.isMissingNode()) {
      return;
    }
    if (reminders.path("useDefault").asBoolean(false) && overrides.size() > 0) {
      throw new ApiError(
          400,
          "cannotUseDefaultRemindersAndSpecifyOverride",
          "Cannot specify both default reminders and overrides at the same time.");
    }
    if (overrides.size() > 5) {
      throw new ApiError(400, "tooManyReminders", "Too many reminders.");
    }
    for (JsonNode override : overrides) {
      int minutes = override.path("minutes").asInt(-1);
      if (!List.of("email", "popup").contains(override.path("method").asText())
          || minutes < 0
          || minutes > 40320) {
        throw new ApiError(400, "invalid", "Invalid value for: reminders.overrides");
      }
    }
  }

  private static Instant when(JsonNode event, String field) {
    JsonNode at = event.path(field);
    if (at.hasNonNull("date")) {
      return instant(at.path("date").asText() + "T00:00:00Z", field + ".date");
    }
    if (!at.hasNonNull("dateTime")) {
      throw new ApiError(400, "required", "Missing " + field + ".dateTime.");
    }
    return instant(at.path("dateTime"), field + ".dateTime");
  }

  private static Instant instant(JsonNode value, String field) {
    if (!value.isTextual()) {
      throw new ApiError(400, "required", "Missing " + field + ".");
    }
    return instant(value.asText(), field);
  }

  private static Instant instant(String text, String field) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new ApiError(400, "invalid", "Bad value for " + field + ": " + text);
    }
  }

  private ObjectNode store(Map<String, ObjectNode> events, String id, ObjectNode event) {
    event.put("updated", Instant.now().toString());
    event.put("etag", "\"" + System.nanoTime() + "\"");
    events.put(id, event);
    return event.deepCopy();
  }

  private Map<String, ObjectNode> calendar(String calendarId) {
    Map<String, ObjectNode> events = calendars.get(calendarId);
    if (events == null) {
      throw new ApiError(404, "notFound", "Not Found");
    }
    return events;
  }

  private static ObjectNode existing(Map<String, ObjectNode> events, String eventId) {
    ObjectNode event = events.get(eventId);
    if (event == null) {
      throw new ApiError(404, "notFound", "Not Found");
    }
    return event;
  }
}
