package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.EmailAddress;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.port.in.BookMeetingCommand;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Checks every field of a request and reports all bad ones at once. */
final class BookingValidator {

  static final int MAX_NAME = 200;
  static final int MAX_EMAIL = EmailAddress.MAX_LENGTH;
  static final int MAX_COMPANY = 200;
  static final int MAX_PHONE = 50;
  static final int MAX_MESSAGE = 5_000;
  static final int MAX_IDEMPOTENCY_KEY = 255;

  private final BookingRules rules;
  private final Map<String, String> errors = new LinkedHashMap<>();

  private BookingValidator(BookingRules rules) {
    this.rules = rules;
  }

  /** The attendee the command describes; throws naming every bad field. */
  static Attendee validate(BookMeetingCommand command, BookingRules rules, Instant now) {
    BookingValidator v = new BookingValidator(rules);
    v.requireText("name", command.name(), MAX_NAME);
    v.requireEmail(command.email());
    v.optionalText("company", command.company(), MAX_COMPANY);
    v.optionalText("phone", command.phone(), MAX_PHONE);
    v.optionalText("message", command.message(), MAX_MESSAGE);
    v.optionalText("idempotencyKey", command.idempotencyKey(), MAX_IDEMPOTENCY_KEY);
    ZoneId zone = v.zone(command.timeZone());
    v.startTime(command.startTime(), now);
    v.duration(command.durationMinutes());
    v.throwIfAny();
    return new Attendee(
        command.name().trim(),
        command.email().trim(),
        trimmed(command.company()),
        trimmed(command.phone()),
        trimmed(command.message()),
        zone);
  }

  /** The new slot of a reschedule: start and duration only. */
  static Duration validateMove(
      Instant startTime,
      Optional<Integer> durationMinutes,
      Duration current,
      BookingRules rules,
      Instant now) {
    BookingValidator v = new BookingValidator(rules);
    v.startTime(startTime, now);
    durationMinutes.ifPresent(v::duration);
    v.throwIfAny();
    return durationMinutes.map(Duration::ofMinutes).orElse(current);
  }

  static Duration validateDuration(int minutes, BookingRules rules) {
    BookingValidator v = new BookingValidator(rules);
    v.duration(minutes);
    v.throwIfAny();
    return Duration.ofMinutes(minutes);
  }

  private void requireText(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.put(field, "is required");
    } else if (value.trim().length() > max) {
      errors.put(field, "must be at most " + max + " characters");
    } else if (hasControlCharacters(value)) {
      errors.put(field, "must not contain control characters");
    }
  }

  private void optionalText(String field, Optional<String> value, int max) {
    value.ifPresent(
        text -> {
          if (text.trim().length() > max) {
            errors.put(field, "must be at most " + max + " characters");
          }
        });
  }

  private void requireEmail(String email) {
    if (email == null || email.isBlank()) {
      errors.put("email", "is required");
    } else if (!EmailAddress.isWellFormed(email)) {
      errors.put("email", "is not a valid e-mail address");
    }
  }

  private ZoneId zone(Optional<String> timeZone) {
    if (timeZone.isEmpty() || timeZone.get().isBlank()) {
      return rules.businessHours().zone();
    }
    try {
      return ZoneId.of(timeZone.get().trim());
    } catch (DateTimeException e) {
      errors.put("timeZone", "is not a known time zone");
      return rules.businessHours().zone();
    }
  }

  private void startTime(Instant startTime, Instant now) {
    if (startTime == null) {
      errors.put("startTime", "is required");
    } else if (!startTime.isAfter(now)) {
      errors.put("startTime", "must be in the future");
    }
  }

  private void duration(Integer minutes) {
    if (minutes == null) {
      errors.put("duration", "is required");
    } else if (!rules.isAllowed(Duration.ofMinutes(minutes))) {
      errors.put("duration", "must be one of " + allowedMinutes());
    }
  }

  private String allowedMinutes() {
    return rules.allowedDurations().stream().map(d -> String.valueOf(d.toMinutes())).toList()
        + " minutes";
  }

  private void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  private static boolean hasControlCharacters(String value) {
    return value.chars().anyMatch(c -> Character.isISOControl(c));
  }

  private static Optional<String> trimmed(Optional<String> value) {
    return value.map(String::trim).filter(s -> !s.isEmpty());
  }
}
