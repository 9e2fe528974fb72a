package com.metalogics.booking.core.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * A CRM contact belongs to a tier when its {@code property} equals {@code value} (case-insensitive,
 * both trimmed), e.g. {@code lifecyclestage = customer}.
 */
public record CrmCondition(String property, String value) {

  public CrmCondition {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(value, "value");
  }

  public boolean matches(String actual) {
    return normalized(actual).equals(normalized(value));
  }

  private static String normalized(String text) {
    return text.trim().toLowerCase(Locale.ROOT);
  }
}
