package com.metalogics.booking.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads typed values out of an environment map and collects every problem instead of stopping at
 * the first, so a bad configuration is reported in one go. A problem never quotes the value of a
 * variable that may hold a secret: callers pass only non-secret names to the quoting readers.
 */
final class EnvReader {

  private final Map<String, String> env;
  private final List<String> problems = new ArrayList<>();

  EnvReader(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /** The trimmed value; empty when unset or blank. */
  Optional<String> optional(String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  String string(String name, String defaultValue) {
    return optional(name).orElse(defaultValue);
  }

  boolean isSet(String name) {
    return optional(name).isPresent();
  }

  int integer(String name, int defaultValue, int min, int max) {
    Optional<String> raw = optional(name);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    return parseInt(name, raw.get(), min, max).orElse(defaultValue);
  }

  Optional<Integer> optionalInteger(String name, int min, int max) {
    return optional(name).flatMap(raw -> parseInt(name, raw, min, max));
  }

  /** A comma-separated list of whole numbers; an empty list when the variable is blank. */
  List<Integer> integers(String name, String defaultValue, int min, int max) {
    List<Integer> values = new ArrayList<>();
    for (String item : list(name, defaultValue)) {
      parseInt(name, item, min, max).ifPresent(values::add);
    }
    return List.copyOf(values);
  }

  List<String> list(String name, String defaultValue) {
    List<String> items = new ArrayList<>();
    for (String item : string(name, defaultValue).split(",")) {
      if (!item.isBlank()) {
        items.add(item.trim());
      }
    }
    return List.copyOf(items);
  }

  boolean flag(String name, boolean defaultValue) {
    Optional<String> raw = optional(name);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    String value = raw.get().toLowerCase(Locale.ROOT);
    if (value.equals("true")) {
      return true;
    }
    if (value.equals("false")) {
      return false;
    }
    problem(name + ": must be true or false, was '" + raw.get() + "'");
    return defaultValue;
  }

  Optional<ZoneId> zone(String name, String defaultValue) {
    String value = string(name, defaultValue);
    try {
      return Optional.of(ZoneId.of(value));
    } catch (DateTimeException e) {
      problem(name + ": unknown time zone '" + value + "' (use a region id like Europe/Berlin)");
      return Optional.empty();
    }
  }

  /** An absolute http or https URL. */
  Optional<URI> httpUrl(String name, String defaultValue) {
    String value = string(name, defaultValue);
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // reported below, like any other malformed URL
    }
    problem(name + ": must be an absolute http(s) URL, was '" + value + "'");
    return Optional.empty();
  }

  <E extends Enum<E>> Optional<E> choice(String name, Class<E> type, String defaultValue) {
    String value = string(name, defaultValue);
    try {
      return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      List<String> allowed = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        allowed.add(constant.name().toLowerCase(Locale.ROOT));
      }
      problem(name + ": must be one of " + String.join(", ", allowed) + ", was '" + value + "'");
      return Optional.empty();
    }
  }

  void problem(String message) {
    problems.add(message);
  }

  List<String> problems() {
    return List.copyOf(problems);
  }

  private Optional<Integer> parseInt(String name, String raw, int min, int max) {
    int value;
    try {
      value = Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      problem(name + ": must be a whole number, was '" + raw + "'");
      return Optional.empty();
    }
    if (value < min || value > max) {
      problem(name + ": must be " + range(min, max) + ", was " + value);
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private static String range(int min, int max) {
    if (max == Integer.MAX_VALUE) {
      return min == 1 ? "positive" : "at least " + min;
    }
    return "between " + min + " and " + max;
  }
}
