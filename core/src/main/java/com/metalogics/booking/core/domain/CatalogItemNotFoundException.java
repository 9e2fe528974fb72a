package com.metalogics.booking.core.domain;

import java.util.Map;

/** No schedule, host or event type under the key, or (to visitors) one that is not active. */
public final class CatalogItemNotFoundException extends BookingException {

  private final CatalogKind kind;
  private final String key;

  public CatalogItemNotFoundException(CatalogKind kind, String key) {
    super(ErrorCode.NOT_FOUND, "No " + kind.label() + " '" + key + "'");
    this.kind = kind;
    this.key = key;
  }

  public CatalogKind kind() {
    return kind;
  }

  public String key() {
    return key;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("kind", kind.label(), "id", key);
  }
}
