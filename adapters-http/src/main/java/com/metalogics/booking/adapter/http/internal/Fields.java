package com.metalogics.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.metalogics.booking.core.domain.ValidationException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads fields of a JSON object by hand so that every field of the wrong type is reported at once,
 * not only the first one a data binder trips over. Missing and null fields read as empty; the core
 * decides which are required.
 */
final class Fields {

  private final ObjectNode body;
  private final Map<String, String> errors = new LinkedHashMap<>();

  public Fields(ObjectNode body) {
    this.body = body;
  }

  public Optional<String> text(String name) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      errors.put(name, "must be a string");
      return Optional.empty();
    }
    return Optional.of(node.textValue());
  }

  /**
   * An object of strings, such as a booking's {@code source}; empty when absent. Each field that is
   * not a string is named as {@code name.field}; null fields read as absent.
   */
  public Map<String, String> textObject(String name) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      errors.put(name, "must be an object");
      return Map.of();
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (var field : node.properties()) {
      JsonNode value = field.getValue();
      if (value.isTextual()) {
        texts.put(field.getKey(), value.textValue());
      } else if (!value.isNull()) {
        errors.put(name + "." + field.getKey(), "must be a string");
      }
    }
    return texts;
  }

  public Optional<Integer> integer(String name) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      errors.put(name, "must be a whole number");
      return Optional.empty();
    }
    return Optional.of(node.intValue());
  }

  public Optional<Instant> instant(String name) {
    Optional<String> text = text(name);
    if (text.isEmpty() || errors.containsKey(name)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Params.parseInstant(text.get()));
    } catch (IllegalArgumentException e) {
      errors.put(name, e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Throws when a field had the wrong type, naming also the required fields that are missing, so
   * the caller sees every problem at once. Without type errors the core reports missing fields.
   */
  public void throwIfAny(Map<String, Optional<?>> required) {
    if (errors.isEmpty()) {
      return;
    }
    required.forEach(
        (name, value) -> {
          if (value.isEmpty()) {
            errors.putIfAbsent(name, "is required");
          }
        });
    throw new ValidationException(errors);
  }

  /**
   * Throws when a field had the wrong type or one of {@code required} is missing, naming them all:
   * for routes whose fields no core validation reads after them.
   */
  public void requireAll(Map<String, Optional<?>> required) {
    required.forEach(
        (name, value) -> {
          if (value.isEmpty()) {
            errors.putIfAbsent(name, "is required");
          }
        });
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }
}
