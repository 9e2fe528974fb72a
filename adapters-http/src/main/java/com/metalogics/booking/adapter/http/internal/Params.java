package com.metalogics.booking.adapter.http.internal;

import com.metalogics.booking.core.domain.ErrorCode;
import com.metalogics.booking.core.domain.TextPolicy;
import com.metalogics.booking.core.domain.ValidationException;
import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Parsing of path and query parameters and of ISO-8601 values, strict and bounded. */
final class Params {

  /** Far enough for any booking, near enough that no date arithmetic can overflow. */
  private static final int MIN_YEAR = 1970;

  private static final int MAX_YEAR = 9999;
  private static final int MAX_VALUE_LENGTH = 64;
  private static final Pattern UUID_SHAPE =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Params() {}

  /**
   * An ISO-8601 date-time with an offset ({@code Z} or {@code +01:00}).
   *
   * @throws IllegalArgumentException with a message fit for a field error
   */
  public static Instant parseInstant(String text) {
    String value = plain(text).trim();
    if (value.length() > MAX_VALUE_LENGTH) {
      throw new IllegalArgumentException("is too long");
    }
    try {
      OffsetDateTime parsed = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      requireYear(parsed.getYear());
      return parsed.toInstant();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "must be an ISO-8601 date-time with offset, e.g. 2026-12-01T14:00:00Z");
    }
  }

  /**
   * An ISO-8601 calendar date ({@code 2026-12-01}).
   *
   * @throws IllegalArgumentException with a message fit for a field error
   */
  public static LocalDate parseDate(String text) {
    String value = plain(text).trim();
    try {
      if (value.length() > MAX_VALUE_LENGTH) {
        throw new DateTimeException("too long");
      }
      LocalDate parsed =
          isPlainDate(value)
              ? LocalDate.of(number(value, 0, 4), number(value, 5, 7), number(value, 8, 10))
              : LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
      requireYear(parsed.getYear());
      return parsed;
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("must be a date (YYYY-MM-DD) or a date-time with offset");
    }
  }

  /**
   * {@code YYYY-MM-DD} in ASCII digits: every slots query carries two, and LocalDate.of checks them
   * as strictly as ISO_LOCAL_DATE would, at a fraction of the cost.
   */
  private static boolean isPlainDate(String value) {
    if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = value.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static int number(String digits, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (digits.charAt(i) - '0');
    }
    return value;
  }

  public static boolean looksLikeDate(String text) {
    return text.trim().length() == 10 && !text.contains("T");
  }

  /** A booking id from the path; anything that is not a UUID cannot name a booking: 404. */
  public static UUID bookingId(Context ctx) {
    String raw = ctx.pathParam("id");
    if (!UUID_SHAPE.matcher(raw).matches()) {
      throw new ApiException(ErrorCode.NOT_FOUND, "Booking not found");
    }
    return UUID.fromString(raw);
  }

  /** A query parameter; blank counts as absent, control characters are refused. */
  public static Optional<String> query(Context ctx, String name) {
    String value;
    try {
      value = ctx.queryParam(name);
    } catch (IllegalArgumentException e) {
      throw ValidationException.ofField("query", "is not properly URL-encoded");
    }
    if (value == null) {
      return Optional.empty();
    }
    if (!TextPolicy.SINGLE_LINE.accepts(value)) {
      throw ValidationException.ofField(name, TextPolicy.CONTROL_CHARACTERS);
    }
    return value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /** String.trim drops every character up to U+0020, controls too: refuse those first. */
  private static String plain(String text) {
    if (!TextPolicy.SINGLE_LINE.accepts(text)) {
      throw new IllegalArgumentException(TextPolicy.CONTROL_CHARACTERS);
    }
    return text;
  }

  private static void requireYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new DateTimeException("year out of range");
    }
  }
}
