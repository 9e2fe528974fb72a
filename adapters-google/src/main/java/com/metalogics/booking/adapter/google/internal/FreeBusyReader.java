package com.metalogics.booking.adapter.google.internal;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Error;
import com.google.api.services.calendar.model.FreeBusyCalendar;
import com.google.api.services.calendar.model.FreeBusyRequest;
import com.google.api.services.calendar.model.FreeBusyRequestItem;
import com.google.api.services.calendar.model.FreeBusyResponse;
import com.google.api.services.calendar.model.TimePeriod;
import com.metalogics.booking.adapter.google.internal.GoogleFailure.Kind;
import com.metalogics.booking.core.domain.TimeSlot;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads busy times of up to {@link #MAX_CALENDARS} calendars with one {@code freebusy.query} per
 * time chunk. Google refuses ranges longer than about 60 to 90 days, so long ranges go out in
 * 30-day chunks and come back merged. An error reported for a calendar inside a 200 answer is a
 * failure of that calendar only, never an empty (free) calendar.
 */
public final class FreeBusyReader {

  /** Comfortably below Google's limit for one query. */
  public static final Duration CHUNK = Duration.ofDays(30);

  /** Google's limit of calendars in one query. */
  public static final int MAX_CALENDARS = 50;

  /** One calendar's part of an answer: its busy times, or why it has none. */
  public record Answer(List<TimeSlot> busy, Optional<GoogleFailure> failure) {

    static Answer failed(GoogleFailure failure) {
      return new Answer(List.of(), Optional.of(failure));
    }

    /** Worth asking again: Google's side failed for a moment. */
    public boolean retryable() {
      return failure.map(GoogleFailure::retryable).orElse(false);
    }
  }

  private final Calendar client;
  private final String zone;

  public FreeBusyReader(Calendar client, String zone) {
    this.client = client;
    this.zone = zone;
  }

  /** One calendar's merged, sorted busy intervals; its error inside the answer is thrown. */
  public List<TimeSlot> busy(String calendarId, TimeSlot range) throws IOException {
    Answer answer = busy(List.of(calendarId), range).get(calendarId);
    if (answer.failure().isPresent()) {
      throw answer.failure().get();
    }
    return answer.busy();
  }

  /**
   * Each calendar's answer, in the order asked; one query per chunk of the range. A calendar that
   * failed in any chunk has failed.
   */
  public Map<String, Answer> busy(List<String> calendarIds, TimeSlot range) throws IOException {
    if (calendarIds.isEmpty() || calendarIds.size() > MAX_CALENDARS) {
      throw new IllegalArgumentException("1 to 50 calendars per query: " + calendarIds.size());
    }
    Map<String, List<TimeSlot>> busy = new LinkedHashMap<>();
    Map<String, GoogleFailure> failures = new LinkedHashMap<>();
    calendarIds.forEach(id -> busy.put(id, new ArrayList<>()));
    for (TimeSlot chunk : chunks(range)) {
      FreeBusyResponse response = query(calendarIds, chunk);
      for (String id : calendarIds) {
        try {
          append(busy.get(id), chunk.start(), merge(calendarBusy(response, id)));
        } catch (GoogleFailure failure) {
          failures.putIfAbsent(id, failure);
        }
      }
    }
    Map<String, Answer> answers = new LinkedHashMap<>();
    calendarIds.forEach(
        id ->
            answers.put(
                id,
                failures.containsKey(id)
                    ? Answer.failed(failures.get(id))
                    : new Answer(List.copyOf(busy.get(id)), Optional.empty())));
    return answers;
  }

  /** Google cuts busy times at the query's edges: one interval split by our chunking joins. */
  private static void append(List<TimeSlot> busy, Instant boundary, List<TimeSlot> part) {
    if (!busy.isEmpty() && !part.isEmpty() && joinsAt(boundary, busy, part.get(0))) {
      TimeSlot last = busy.remove(busy.size() - 1);
      busy.add(new TimeSlot(last.start(), part.get(0).end()));
      part = part.subList(1, part.size());
    }
    busy.addAll(part);
  }

  private static boolean joinsAt(Instant boundary, List<TimeSlot> before, TimeSlot next) {
    return before.get(before.size() - 1).end().equals(boundary) && next.start().equals(boundary);
  }

  static List<TimeSlot> chunks(TimeSlot range) {
    List<TimeSlot> chunks = new ArrayList<>();
    Instant start = range.start();
    do {
      Instant end = start.plus(CHUNK).isBefore(range.end()) ? start.plus(CHUNK) : range.end();
      chunks.add(new TimeSlot(start, end));
      start = end;
    } while (start.isBefore(range.end()));
    return chunks;
  }

  private FreeBusyResponse query(List<String> calendarIds, TimeSlot chunk) throws IOException {
    FreeBusyRequest request =
        new FreeBusyRequest()
            .setTimeMin(rfc3339(chunk.start()))
            .setTimeMax(rfc3339(chunk.end()))
            .setTimeZone(zone)
            .setItems(calendarIds.stream().map(id -> new FreeBusyRequestItem().setId(id)).toList());
    return client.freebusy().query(request).execute();
  }

  private static List<TimeSlot> calendarBusy(FreeBusyResponse response, String calendarId) {
    Map<String, FreeBusyCalendar> calendars = response.getCalendars();
    FreeBusyCalendar calendar = calendars == null ? null : calendars.get(calendarId);
    if (calendar == null) {
      throw new GoogleFailure(Kind.TRANSIENT, "freebusy answer lacks the calendar", null);
    }
    if (calendar.getErrors() != null && !calendar.getErrors().isEmpty()) {
      throw calendarError(calendar.getErrors().get(0));
    }
    List<TimeSlot> busy = new ArrayList<>();
    if (calendar.getBusy() != null) {
      for (TimePeriod period : calendar.getBusy()) {
        busy.add(
            new TimeSlot(
                Instant.ofEpochMilli(period.getStart().getValue()),
                Instant.ofEpochMilli(period.getEnd().getValue())));
      }
    }
    return busy;
  }

  /**
   * {@code notFound} means the calendar is not shared with the service account: a set-up fault, not
   * an outage. Anything else ({@code internalError}, {@code backendError}) may pass.
   */
  private static GoogleFailure calendarError(Error error) {
    String reason = error.getReason() == null ? "unknown" : error.getReason();
    Kind kind = "notFound".equals(reason) ? Kind.AUTH : Kind.TRANSIENT;
    return new GoogleFailure(kind, "freebusy reports calendar error " + reason, null);
  }

  /**
   * Sorts and joins overlapping intervals; back-to-back intervals stay apart so each booking
   * remains visible.
   */
  static List<TimeSlot> merge(List<TimeSlot> busy) {
    List<TimeSlot> sorted = new ArrayList<>(busy);
    sorted.sort(null);
    List<TimeSlot> merged = new ArrayList<>();
    for (TimeSlot slot : sorted) {
      int last = merged.size() - 1;
      if (last >= 0 && slot.start().isBefore(merged.get(last).end())) {
        TimeSlot previous = merged.get(last);
        Instant end = previous.end().isAfter(slot.end()) ? previous.end() : slot.end();
        merged.set(last, new TimeSlot(previous.start(), end));
      } else {
        merged.add(slot);
      }
    }
    return List.copyOf(merged);
  }

  private static DateTime rfc3339(Instant instant) {
    return DateTime.parseRfc3339(instant.toString());
  }
}
