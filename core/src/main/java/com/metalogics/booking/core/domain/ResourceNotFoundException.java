package com.metalogics.booking.core.domain;

import java.util.Map;

/** No item of an admin-managed kind (a webhook subscription, a delivery) under the id. */
public final class ResourceNotFoundException extends BookingException {

  private final String kind;
  private final String id;

  /**
   * @param kind what was looked for, as the API names it ({@code "webhook"})
   */
  public ResourceNotFoundException(String kind, String id) {
    super(ErrorCode.NOT_FOUND, "No " + kind + " '" + id + "'");
    this.kind = kind;
    this.id = id;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("kind", kind, "id", id);
  }
}
