package com.metalogics.booking.core.port.in;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to book, as it arrives: any field may be missing; no event type means {@code meeting},
 * the phase-1 type. {@link BookMeeting} validates them all at once and names every missing or bad
 * field. A {@code vipToken} (of a VIP link) that is flawed, expired or bound to another e-mail is
 * refused.
 *
 * @param phoneRegion the attendee's country (ISO 3166 alpha-2) for reading a national phone number;
 *     empty reads the number by its own prefix
 * @param source where the visitor came from, by field name ({@code utmSource}, {@code utmMedium},
 *     {@code utmCampaign}, {@code utmTerm}, {@code utmContent}, {@code referrer}); empty when the
 *     page sent none
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
    Optional<String> vipToken,
    Optional<String> phoneRegion,
    Map<String, String> source) {

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
    Objects.requireNonNull(vipToken, "vipToken");
    Objects.requireNonNull(phoneRegion, "phoneRegion");
    source = Map.copyOf(source);
  }

  /** A request that says nothing of where the visitor came from. */
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
      Optional<String> eventType,
      Optional<String> vipToken) {
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
        vipToken,
        Optional.empty(),
        Map.of());
  }

  /** A request without a VIP link. */
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
        vipToken,
        phoneRegion,
        source);
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
        vipToken,
        phoneRegion,
        source);
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
        vipToken,
        phoneRegion,
        source);
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
        vipToken,
        phoneRegion,
        source);
  }

  /** The same request with the token of a VIP link. */
  public BookMeetingCommand withVipToken(String token) {
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
        Optional.ofNullable(token),
        phoneRegion,
        source);
  }

  /** The same request with where the visitor came from. */
  public BookMeetingCommand withSource(Map<String, String> newSource) {
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
        vipToken,
        phoneRegion,
        newSource);
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
        vipToken,
        Optional.ofNullable(region),
        source);
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
