package com.metalogics.booking.core.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to book, as it arrives: any field may be missing; no event type means {@code meeting},
 * the phase-1 type. {@link BookMeeting} validates them all at once and names every missing or bad
 * field.
 */
public record BookMeetingCommand(
    Optional<String> name,
    Optional<String> email,
    Optional<Instant> startTime,
    Optional<Integer> durationMinutes,
    Optional<String> company,
    Optional<String> phone,
    Optional<String> message,
    Optional<String> timeZone,
    Optional<String> idempotencyKey,
    Optional<String> eventType,
    Optional<String> phoneRegion) {

  public BookMeetingCommand {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(durationMinutes, "durationMinutes");
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(phoneRegion, "phoneRegion");
  }

  /** A request whose phone number, if any, is read by its own prefix. */
  public BookMeetingCommand(
      Optional<String> name,
      Optional<String> email,
      Optional<Instant> startTime,
      Optional<Integer> durationMinutes,
      Optional<String> company,
      Optional<String> phone,
      Optional<String> message,
      Optional<String> timeZone,
      Optional<String> idempotencyKey,
      Optional<String> eventType) {
    this(
        name,
        email,
        startTime,
        durationMinutes,
        company,
        phone,
        message,
        timeZone,
        idempotencyKey,
        eventType,
        Optional.empty());
  }

  /** A request for the default event type. */
  public BookMeetingCommand(
      Optional<String> name,
      Optional<String> email,
      Optional<Instant> startTime,
      Optional<Integer> durationMinutes,
      Optional<String> company,
      Optional<String> phone,
      Optional<String> message,
      Optional<String> timeZone,
      Optional<String> idempotencyKey) {
    this(
        name,
        email,
        startTime,
        durationMinutes,
        company,
        phone,
        message,
        timeZone,
        idempotencyKey,
        Optional.empty());
  }

  /** The required fields only; the optional ones are empty. */
  public static BookMeetingCommand of(
      String name, String email, Instant startTime, int durationMinutes) {
    return new BookMeetingCommand(
        Optional.of(name),
        Optional.of(email),
        Optional.of(startTime),
        Optional.of(durationMinutes),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public BookMeetingCommand withIdempotencyKey(String key) {
    return new BookMeetingCommand(
        name,
        email,
        startTime,
        durationMinutes,
        company,
        phone,
        message,
        timeZone,
        Optional.ofNullable(key),
        eventType,
        phoneRegion);
  }

  public BookMeetingCommand withDetails(String newCompany, String newPhone, String newMessage) {
    return new BookMeetingCommand(
        name,
        email,
        startTime,
        durationMinutes,
        Optional.ofNullable(newCompany),
        Optional.ofNullable(newPhone),
        Optional.ofNullable(newMessage),
        timeZone,
        idempotencyKey,
        eventType,
        phoneRegion);
  }

  public BookMeetingCommand withTimeZone(String zone) {
    return new BookMeetingCommand(
        name,
        email,
        startTime,
        durationMinutes,
        company,
        phone,
        message,
        Optional.ofNullable(zone),
        idempotencyKey,
        eventType,
        phoneRegion);
  }

  /** The same request for the event type {@code slug}. */
  public BookMeetingCommand withEventType(String slug) {
    return new BookMeetingCommand(
        name,
        email,
        startTime,
        durationMinutes,
        company,
        phone,
        message,
        timeZone,
        idempotencyKey,
        Optional.ofNullable(slug),
        phoneRegion);
  }

  /** The same request with the attendee's country for reading the phone number. */
  public BookMeetingCommand withPhoneRegion(String region) {
    return new BookMeetingCommand(
        name,
        email,
        startTime,
        durationMinutes,
        company,
        phone,
        message,
        timeZone,
        idempotencyKey,
        eventType,
        Optional.ofNullable(region));
  }

  @Override
  public String toString() {
    return "BookMeetingCommand[eventType="
        + eventType
        + ", startTime="
        + startTime
        + ", duration="
        + durationMinutes
        + "]";
  }
}
