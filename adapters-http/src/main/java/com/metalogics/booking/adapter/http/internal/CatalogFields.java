package com.metalogics.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.core.domain.TextPolicy;
import com.metalogics.booking.core.domain.ValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Reads the nested fields of a catalog body by hand, collecting one problem per field path ({@code
 * weekly.MONDAY[0].from}, {@code limits.perDay}) so that every bad field is named at once. Missing
 * and null fields read as empty; the problems of the built item are added by {@link #build}.
 */
final class CatalogFields {

  private final Map<String, String> problems = new LinkedHashMap<>();

  /** The child {@code name} of {@code node}, or empty when missing or null. */
  static Optional<JsonNode> child(JsonNode node, String name) {
    JsonNode child = node == null ? null : node.get(name);
    return child == null || child.isNull() ? Optional.empty() : Optional.of(child);
  }

  static String at(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  void problem(String path, String message) {
    problems.putIfAbsent(path, message);
  }

  boolean has(String path) {
    return problems.containsKey(path);
  }

  Optional<String> text(JsonNode node, String name, String path) {
    Optional<JsonNode> value = child(node, name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!value.get().isTextual()) {
      problem(path, "must be a string");
      return Optional.empty();
    }
    String text = value.get().textValue();
    return Optional.of(text);
  }

  /** A text that must be there; reported as required when missing. */
  String requiredText(JsonNode node, String name, String path) {
    Optional<String> text = text(node, name, path);
    if (text.isEmpty() && !has(path)) {
      problem(path, "is required");
    }
    return text.orElse("");
  }

  Optional<Integer> integer(JsonNode node, String name, String path) {
    Optional<JsonNode> value = child(node, name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!value.get().isIntegralNumber() || !value.get().canConvertToInt()) {
      problem(path, "must be a whole number");
      return Optional.empty();
    }
    return Optional.of(value.get().intValue());
  }

  Optional<Boolean> bool(JsonNode node, String name, String path) {
    Optional<JsonNode> value = child(node, name);
    if (value.isPresent() && !value.get().isBoolean()) {
      problem(path, "must be true or false");
      return Optional.empty();
    }
    return value.map(JsonNode::booleanValue);
  }

  /** The elements of an array field; empty (and reported) when it is something else. */
  Optional<List<JsonNode>> array(JsonNode node, String name, String path) {
    Optional<JsonNode> value = child(node, name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!value.get().isArray()) {
      problem(path, "must be an array");
      return Optional.empty();
    }
    List<JsonNode> elements = new ArrayList<>();
    value.get().forEach(elements::add);
    return Optional.of(elements);
  }

  Optional<JsonNode> object(JsonNode node, String name, String path) {
    Optional<JsonNode> value = child(node, name);
    if (value.isPresent() && !value.get().isObject()) {
      problem(path, "must be an object");
      return Optional.empty();
    }
    return value;
  }

  /** The stored version a replacement names; absent when creating. */
  OptionalLong version(JsonNode body) {
    Optional<JsonNode> value = child(body, "version");
    if (value.isEmpty()) {
      return OptionalLong.empty();
    }
    if (!value.get().isIntegralNumber()
        || !value.get().canConvertToLong()
        || value.get().longValue() < 1) {
      problem("version", "must be a whole number from 1");
      return OptionalLong.empty();
    }
    return OptionalLong.of(value.get().longValue());
  }

  /** The key in the body must be the one in the path, or absent. */
  String key(JsonNode body, String name, String pathKey) {
    Optional<String> inBody = text(body, name, name);
    if (inBody.isPresent() && !inBody.get().equals(pathKey)) {
      problem(name, "must match the path ('" + pathKey + "') or be left out");
    }
    return pathKey;
  }

  Optional<ZoneId> zone(JsonNode node, String name, String path) {
    String text = requiredText(node, name, path);
    if (has(path)) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(text.trim()));
    } catch (DateTimeException e) {
      problem(path, "is not a known time zone");
      return Optional.empty();
    }
  }

  Optional<LocalDate> date(JsonNode node, String name, String path) {
    String text = requiredText(node, name, path);
    if (has(path)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Params.parseDate(text));
    } catch (IllegalArgumentException e) {
      problem(path, "must be a date YYYY-MM-DD");
      return Optional.empty();
    }
  }

  /**
   * The item {@code build} makes from what was read, merging its own problems with those found
   * while reading (the first problem of a field wins); throws when there is any.
   */
  <T> T build(Supplier<T> build, Supplier<Map<String, String>> more) {
    Optional<T> item = Optional.empty();
    try {
      item = Optional.of(build.get());
    } catch (ValidationException e) {
      e.fieldErrors().forEach(this::problem);
    }
    if (!problems.isEmpty() || item.isEmpty()) {
      more.get().forEach(this::problem);
      throw new ValidationException(problems);
    }
    return item.get();
  }

  /** A path key (id, slug) with control characters names nothing: refused like any field. */
  static String pathKey(String value, String name) {
    if (!TextPolicy.SINGLE_LINE.accepts(value)) {
      throw ValidationException.ofField(name, TextPolicy.CONTROL_CHARACTERS);
    }
    return value;
  }
}
