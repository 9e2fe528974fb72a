package com.metalogics.booking.app;

import java.util.List;

/** The configuration cannot start the service; {@link #problems()} lists every reason. */
public final class ConfigException extends RuntimeException {

  private final List<String> problems;

  public ConfigException(List<String> problems) {
    super("invalid configuration: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
