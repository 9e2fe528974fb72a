package com.metalogics.booking.core.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One or more fields are wrong; every bad field is named, not only the first. */
public final class ValidationException extends BookingException {

  private final Map<String, String> fieldErrors;

  public ValidationException(Map<String, String> fieldErrors) {
    super(ErrorCode.VALIDATION_ERROR, "Invalid fields: " + String.join(", ", fieldErrors.keySet()));
    if (fieldErrors.isEmpty()) {
      throw new IllegalArgumentException("a validation error names at least one field");
    }
    this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
  }

  public static ValidationException ofField(String field, String problem) {
    return new ValidationException(Map.of(field, problem));
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("fields", fieldErrors);
  }
}
