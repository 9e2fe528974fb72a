package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.EmailAddress;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.LeadSource;
import com.metalogics.booking.core.domain.ReminderChannel;
import com.metalogics.booking.core.domain.TextPolicy;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.port.in.BookMeetingCommand;
import com.metalogics.booking.core.port.out.PhoneNumbers;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
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

  private final List<Duration> durations;
  private final ZoneId defaultZone;
  private final Map<String, String> errors = new LinkedHashMap<>();

  private BookingValidator(List<Duration> durations, ZoneId defaultZone) {
    this.durations = durations;
    this.defaultZone = defaultZone;
  }

  /** The fields of a lead source, as requests name them. */
  static final List<String> SOURCE_FIELDS =
      List.of("utmSource", "utmMedium", "utmCampaign", "utmTerm", "utmContent", "referrer");

  /** A request that passed validation: who books, when, and where they came from. */
  record ValidBooking(Attendee attendee, TimeSlot slot, LeadSource source) {}

  /**
   * The attendee and slot the command describes for {@code type}; throws naming every bad field.
   *
   * @param businessZone the attendee's zone when the command names none
   * @param phones reads the phone number of a type that sends SMS reminders
   */
  static ValidBooking validate(
      BookMeetingCommand command,
      EventType type,
      ZoneId businessZone,
      Instant now,
      PhoneNumbers phones) {
    BookingValidator v = new BookingValidator(type.durations(), businessZone);
    Optional<String> name = v.requireText("name", command.name(), MAX_NAME);
    Optional<String> email = v.requireEmail(command.email());
    Optional<String> company = v.optionalText("company", command.company(), MAX_COMPANY);
    Optional<String> phone = v.optionalText("phone", command.phone(), MAX_PHONE);
    if (type.reminders().sends(ReminderChannel.SMS)) {
      phone = v.phone(phone, command.phoneRegion(), phones);
    }
    Optional<String> message =
        v.optionalText("message", command.message(), MAX_MESSAGE, TextPolicy.MULTI_LINE);
    v.optionalText("idempotencyKey", command.idempotencyKey(), MAX_IDEMPOTENCY_KEY);
    ZoneId zone = v.zone(command.timeZone());
    Optional<Instant> start = v.startTime(command.startTime(), now);
    Optional<Duration> duration = v.duration(command.durationMinutes());
    List<Optional<String>> source = v.source(command.source());
    v.throwIfAny();
    Attendee attendee =
        new Attendee(name.orElseThrow(), email.orElseThrow(), company, phone, message, zone);
    return new ValidBooking(
        attendee,
        TimeSlot.of(start.orElseThrow(), duration.orElseThrow()),
        new LeadSource(
            source.get(0),
            source.get(1),
            source.get(2),
            source.get(3),
            source.get(4),
            source.get(5)));
  }

  /** Each lead-source field in {@link #SOURCE_FIELDS} order; unknown names are refused. */
  private List<Optional<String>> source(Map<String, String> fields) {
    for (String name : fields.keySet()) {
      if (!SOURCE_FIELDS.contains(name)) {
        errors.put("source." + name, "is not a known field");
      }
    }
    return SOURCE_FIELDS.stream()
        .map(
            name ->
                optionalText(
                    "source." + name, Optional.ofNullable(fields.get(name)), LeadSource.MAX_LENGTH))
        .toList();
  }

  /** The new slot of a reschedule: start and duration only. */
  static TimeSlot validateMove(
      Optional<Instant> startTime,
      Optional<Integer> durationMinutes,
      Duration current,
      EventType type,
      Instant now) {
    BookingValidator v = new BookingValidator(type.durations(), ZoneOffset.UTC);
    Optional<Instant> start = v.startTime(startTime, now);
    Optional<Duration> duration =
        durationMinutes.isPresent() ? v.duration(durationMinutes) : Optional.of(current);
    v.throwIfAny();
    return TimeSlot.of(start.orElseThrow(), duration.orElseThrow());
  }

  /** A cancel reason, trimmed; empty when there is none or it is blank. */
  static Optional<String> validateReason(Optional<String> reason) {
    BookingValidator v = new BookingValidator(List.of(), ZoneOffset.UTC);
    Optional<String> valid = v.optionalText("reason", reason, MAX_MESSAGE, TextPolicy.MULTI_LINE);
    v.throwIfAny();
    return valid;
  }

  static Duration validateDuration(int minutes, EventType type) {
    BookingValidator v = new BookingValidator(type.durations(), ZoneOffset.UTC);
    Optional<Duration> duration = v.duration(Optional.of(minutes));
    v.throwIfAny();
    return duration.orElseThrow();
  }

  /** The number in E.164 form, for SMS reminders. */
  private Optional<String> phone(
      Optional<String> phone, Optional<String> region, PhoneNumbers phones) {
    if (phone.isEmpty()) {
      return phone;
    }
    Optional<String> e164 = phones.toE164(phone.get(), region.map(String::trim));
    if (e164.isEmpty()) {
      errors.put("phone", "is not a valid phone number");
    }
    return e164;
  }

  private Optional<String> requireText(String field, Optional<String> value, int max) {
    if (value.isEmpty() || value.get().isBlank()) {
      errors.put(field, "is required");
      return Optional.empty();
    }
    return optionalText(field, value, max);
  }

  private Optional<String> optionalText(String field, Optional<String> value, int max) {
    return optionalText(field, value, max, TextPolicy.SINGLE_LINE);
  }

  /** The trimmed text, empty when absent, blank or bad (a bad one is reported). */
  private Optional<String> optionalText(
      String field, Optional<String> value, int max, TextPolicy policy) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String text = value.get();
    Optional<String> problem =
        text.trim().length() > max
            ? Optional.of("must be at most " + max + " characters")
            : policy.problemWith(text);
    problem.ifPresent(p -> errors.put(field, p));
    return problem.isPresent()
        ? Optional.empty()
        : Optional.of(text.trim()).filter(t -> !t.isEmpty());
  }

  private Optional<String> requireEmail(Optional<String> email) {
    if (email.isEmpty() || email.get().isBlank()) {
      errors.put("email", "is required");
    } else if (!TextPolicy.SINGLE_LINE.accepts(email.get())) {
      errors.put("email", TextPolicy.CONTROL_CHARACTERS);
    } else if (!EmailAddress.isWellFormed(email.get())) {
      errors.put("email", "is not a valid e-mail address");
    } else {
      return Optional.of(email.get().trim());
    }
    return Optional.empty();
  }

  private ZoneId zone(Optional<String> timeZone) {
    if (timeZone.isEmpty() || timeZone.get().isBlank()) {
      return defaultZone;
    }
    if (!TextPolicy.SINGLE_LINE.accepts(timeZone.get())) {
      errors.put("timeZone", TextPolicy.CONTROL_CHARACTERS);
      return defaultZone;
    }
    try {
      return ZoneId.of(timeZone.get().trim());
    } catch (DateTimeException e) {
      errors.put("timeZone", "is not a known time zone");
      return defaultZone;
    }
  }

  private Optional<Instant> startTime(Optional<Instant> startTime, Instant now) {
    if (startTime.isEmpty()) {
      errors.put("startTime", "is required");
    } else if (!startTime.get().isAfter(now)) {
      errors.put("startTime", "must be in the future");
    } else {
      return startTime;
    }
    return Optional.empty();
  }

  private Optional<Duration> duration(Optional<Integer> minutes) {
    if (minutes.isEmpty()) {
      errors.put("duration", "is required");
      return Optional.empty();
    }
    Duration duration = Duration.ofMinutes(minutes.get());
    if (!durations.contains(duration)) {
      errors.put("duration", "must be one of " + allowedMinutes());
      return Optional.empty();
    }
    return Optional.of(duration);
  }

  private String allowedMinutes() {
    return durations.stream().map(d -> String.valueOf(d.toMinutes())).toList() + " minutes";
  }

  private void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }
}
