package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.EventType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Event types for tests: every rule neutral unless a test sets it. */
final class TypeBuilder {

  Duration duration = Duration.ofMinutes(30);
  Optional<Duration> increment = Optional.empty();
  Duration before = Duration.ZERO;
  Duration after = Duration.ZERO;
  Duration notice = Duration.ZERO;
  int advanceDays = 3650;
  BookingLimits limits = BookingLimits.none();
  Optional<String> scheduleId = Optional.empty();

  static TypeBuilder type() {
    return new TypeBuilder();
  }

  TypeBuilder minutes(int minutes) {
    duration = Duration.ofMinutes(minutes);
    return this;
  }

  TypeBuilder increment(int minutes) {
    increment = Optional.of(Duration.ofMinutes(minutes));
    return this;
  }

  TypeBuilder buffers(int beforeMinutes, int afterMinutes) {
    before = Duration.ofMinutes(beforeMinutes);
    after = Duration.ofMinutes(afterMinutes);
    return this;
  }

  TypeBuilder notice(Duration minNotice) {
    notice = minNotice;
    return this;
  }

  TypeBuilder advanceDays(int days) {
    advanceDays = days;
    return this;
  }

  TypeBuilder limits(BookingLimits bookingLimits) {
    limits = bookingLimits;
    return this;
  }

  TypeBuilder schedule(String id) {
    scheduleId = Optional.of(id);
    return this;
  }

  EventType build() {
    return new EventType(
        "meeting",
        "Meeting",
        "",
        "",
        List.of(duration),
        duration,
        increment,
        before,
        after,
        notice,
        advanceDays,
        limits,
        Optional.empty(),
        Assignment.SINGLE,
        List.of("owner"),
        scheduleId,
        true);
  }
}
