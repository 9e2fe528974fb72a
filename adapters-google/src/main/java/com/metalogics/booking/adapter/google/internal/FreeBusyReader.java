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
import java.util.List;
import java.util.Map;

/**
 * Reads busy times with {@code freebusy.query}. Google refuses ranges longer than about 60 to 90
 * days, so long ranges go out in 30-day chunks and come back merged. An error reported for the
 * calendar inside a 200 answer is a failure, never an empty (free) calendar.
 */
public final class FreeBusyReader {

  /** Comfortably below Google's limit for one query. */
  public static final Duration CHUNK = Duration.ofDays(30);

  private final Calendar client;
  private final String calendarId;
  private final String zone;

  public FreeBusyReader(Calendar client, String calendarId, String zone) {
    this.client = client;
    this.calendarId = calendarId;
    this.zone = zone;
  }

  /** Merged, sorted busy intervals overlapping {@code range}; one query per chunk. */
  public List<TimeSlot> busy(TimeSlot range) throws IOException {
    List<TimeSlot> busy = new ArrayList<>();
    for (TimeSlot chunk : chunks(range)) {
      List<TimeSlot> part = merge(query(chunk));
      if (!busy.isEmpty() && !part.isEmpty() && joinsAt(chunk.start(), busy, part.get(0))) {
        TimeSlot last = busy.remove(busy.size() - 1);
        busy.add(new TimeSlot(last.start(), part.get(0).end()));
        part = part.subList(1, part.size());
      }
      busy.addAll(part);
    }
    return List.copyOf(busy);
  }

  /** Google cuts busy times at the query's edges: one interval split by our chunking. */
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

  private List<TimeSlot> query(TimeSlot chunk) throws IOException {
    FreeBusyRequest request =
        new FreeBusyRequest()
            .setTimeMin(rfc3339(chunk.start()))
            .setTimeMax(rfc3339(chunk.end()))
            .setTimeZone(zone)
            .setItems(List.of(new FreeBusyRequestItem().setId(calendarId)));
    FreeBusyResponse response = client.freebusy().query(request).execute();
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
