package com.metalogics.booking.core.domain;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Collects the problems of a value before one {@link ValidationException} names them all, keyed by
 * the admin API's field paths ({@code weekly.MONDAY[1]}, {@code limits.perDay}).
 */
final class Problems {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,64}");
  static final String SLUG_RULE = "must be 1 to 64 of a-z, 0-9 and -";

  private final Map<String, String> byField = new LinkedHashMap<>();

  /** The first problem of a field is kept: it is usually the cause of the later ones. */
  void add(String field, String message) {
    byField.putIfAbsent(field, message);
  }

  void require(boolean ok, String field, String message) {
    if (!ok) {
      add(field, message);
    }
  }

  void slug(String field, String value) {
    require(SLUG.matcher(value).matches(), field, SLUG_RULE);
  }

  /** One line of text: control characters are refused, as everywhere ({@link TextPolicy}). */
  void text(String field, String value, int max, boolean required) {
    text(field, value, max, required, TextPolicy.SINGLE_LINE);
  }

  void text(String field, String value, int max, boolean required, TextPolicy policy) {
    if (required && value.isBlank()) {
      add(field, "is required");
    } else if (value.length() > max) {
      add(field, "must be at most " + max + " characters");
    } else {
      policy.problemWith(value).ifPresent(problem -> add(field, problem));
    }
  }

  /** Whole minutes between {@code min} and {@code max}, both inclusive. */
  void minutes(String field, Duration value, long min, long max) {
    if (value.toSecondsPart() != 0 || value.toNanosPart() != 0) {
      add(field, "must be whole minutes");
    } else if (value.toMinutes() < min || value.toMinutes() > max) {
      add(field, "must be " + min + " to " + max + " minutes");
    }
  }

  void range(String field, long value, long min, long max) {
    require(value >= min && value <= max, field, "must be " + min + " to " + max);
  }

  void throwIfAny() {
    if (!byField.isEmpty()) {
      throw new ValidationException(byField);
    }
  }
}
