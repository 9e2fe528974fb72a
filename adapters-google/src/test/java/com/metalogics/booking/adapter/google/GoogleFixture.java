package com.metalogics.booking.adapter.google;

import com.metalogics.booking.adapter.google.fake.FakeGoogleCalendar;
import com.metalogics.booking.core.contract.MutableClock;
import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** A fake Google, a key file for it and adapters pointed at it, with tiny retry delays. */
final class GoogleFixture implements AutoCloseable {

  static final String CALENDAR = "owner@example.com";
  static final Instant NOW = Instant.parse("2030-03-04T08:00:00Z");

  final FakeGoogleCalendar google = FakeGoogleCalendar.start(CALENDAR);
  final MutableClock clock = new MutableClock(NOW);
  final Path keyFile;
  private final List<GoogleCalendarAdapter> adapters = new ArrayList<>();

  GoogleFixture(Path directory) {
    keyFile = google.writeKeyFile(directory);
  }

  /** Three attempts 1 ms apart, a circuit that needs 50 failures, 2 s per call. */
  GoogleCalendarConfig config() {
    return defaultsAgainstTheFake()
        .maxAttempts(3)
        .retryDelay(Duration.ofMillis(1))
        .circuitFailureThreshold(50)
        .callTimeout(Duration.ofSeconds(2))
        .build();
  }

  /** The adapter's own defaults, only pointed at the fake. */
  GoogleCalendarConfig.Builder defaultsAgainstTheFake() {
    return GoogleCalendarConfig.builder()
        .keyFile(keyFile)
        .calendarId(CALENDAR)
        .timeZone(ZoneId.of("Europe/Berlin"))
        .publicBaseUrl("https://book.example.com/")
        .rootUrl(Optional.of(google.rootUrl()));
  }

  GoogleCalendarAdapter adapter() {
    return adapter(config());
  }

  GoogleCalendarAdapter adapter(GoogleCalendarConfig config) {
    return adapter(config, new GoogleCalendarListener() {});
  }

  GoogleCalendarAdapter adapter(GoogleCalendarConfig config, GoogleCalendarListener listener) {
    GoogleCalendarAdapter adapter = new GoogleCalendarAdapter(config, clock, listener);
    adapters.add(adapter);
    return adapter;
  }

  static CalendarEvent event(Instant start, Duration length) {
    UUID bookingId = UUID.randomUUID();
    Attendee attendee =
        new Attendee(
            "Jane Doe",
            "jane.doe@example.org",
            Optional.of("Acme GmbH"),
            Optional.of("+49 30 1234567"),
            Optional.of("Let us talk about the roadmap."),
            ZoneId.of("Europe/Berlin"));
    return new CalendarEvent(
        CalendarEvent.eventIdFor(bookingId), bookingId, attendee, TimeSlot.of(start, length));
  }

  static CalendarEvent event(int hourOfDay) {
    return event(
        NOW.plus(Duration.ofDays(2)).plus(Duration.ofHours(hourOfDay - 8)), Duration.ofMinutes(30));
  }

  static TimeSlot days(int count) {
    return new TimeSlot(NOW, NOW.plus(Duration.ofDays(count)));
  }

  /** Polls {@code condition} until it holds or {@code limit} passes; no fixed sleeps. */
  static boolean eventually(Duration limit, BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
    }
    return condition.getAsBoolean();
  }

  @Override
  public void close() {
    adapters.forEach(GoogleCalendarAdapter::close);
    google.close();
  }
}
