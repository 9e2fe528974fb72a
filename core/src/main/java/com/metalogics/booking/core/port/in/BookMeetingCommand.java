package com.metalogics.booking.core.port.in;

import java.time.Instant;
import java.util.Optional;

/**
 * A request to book, as it arrives. Required fields may be null here: {@link BookMeeting} validates
 * them all at once and names every bad field.
 */
public record BookMeetingCommand(
    String name,
    String email,
    Instant startTime,
    Integer durationMinutes,
    Optional<String> company,
    Optional<String> phone,
    Optional<String> message,
    Optional<String> timeZone,
    Optional<String> idempotencyKey) {

  public BookMeetingCommand {
    company = company == null ? Optional.empty() : company;
    phone = phone == null ? Optional.empty() : phone;
    message = message == null ? Optional.empty() : message;
    timeZone = timeZone == null ? Optional.empty() : timeZone;
    idempotencyKey = idempotencyKey == null ? Optional.empty() : idempotencyKey;
  }

  /** The required fields only; the optional ones are empty. */
  public static BookMeetingCommand of(
      String name, String email, Instant startTime, Integer durationMinutes) {
    return new BookMeetingCommand(
        name,
        email,
        startTime,
        durationMinutes,
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
        Optional.ofNullable(key));
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
        idempotencyKey);
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
        idempotencyKey);
  }

  @Override
  public String toString() {
    return "BookMeetingCommand[startTime=" + startTime + ", duration=" + durationMinutes + "]";
  }
}
