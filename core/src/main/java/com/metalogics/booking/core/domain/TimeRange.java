package com.metalogics.booking.core.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local {@code [from, to)} within one day at minute precision, in minutes since midnight; {@code
 * to} may be {@value #END_OF_DAY} (24:00), the end of the day. That {@code from} comes before
 * {@code to} is checked by the {@link Schedule} holding the range, so that every problem of a
 * schedule is named at once with its path.
 */
public record TimeRange(int fromMinute, int toMinute) {

  public static final int END_OF_DAY = 24 * 60;

  private static final Pattern CLOCK = Pattern.compile("([01][0-9]|2[0-4]):([0-5][0-9])");

  public TimeRange {
    if (fromMinute < 0 || fromMinute >= END_OF_DAY) {
      throw new IllegalArgumentException("fromMinute must be 0..1439, was " + fromMinute);
    }
    if (toMinute < 0 || toMinute > END_OF_DAY) {
      throw new IllegalArgumentException("toMinute must be 0..1440, was " + toMinute);
    }
  }

  /** From {@code "HH:mm"} texts; {@code to} may be {@code "24:00"}. */
  public static TimeRange parse(String from, String to) {
    Map<String, String> problems = new LinkedHashMap<>();
    int fromMinute = minuteOfDay(from);
    int toMinute = minuteOfDay(to);
    if (fromMinute < 0 || fromMinute == END_OF_DAY) {
      problems.put("from", "must be a time HH:mm from 00:00 to 23:59");
    }
    if (toMinute < 0) {
      problems.put("to", "must be a time HH:mm from 00:00 to 24:00");
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new TimeRange(fromMinute, toMinute);
  }

  public String from() {
    return clock(fromMinute);
  }

  public String to() {
    return clock(toMinute);
  }

  public boolean isEmptyOrReversed() {
    return toMinute <= fromMinute;
  }

  @Override
  public String toString() {
    return from() + "-" + to();
  }

  private static int minuteOfDay(String text) {
    Matcher m = CLOCK.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      return -1;
    }
    int minute = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
    return minute <= END_OF_DAY ? minute : -1;
  }

  private static String clock(int minute) {
    return String.format("%02d:%02d", minute / 60, minute % 60);
  }
}
