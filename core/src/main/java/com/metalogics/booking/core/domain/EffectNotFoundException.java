package com.metalogics.booking.core.domain;

import java.util.Map;
import java.util.UUID;

/** No effect under the id. */
public final class EffectNotFoundException extends BookingException {

  private final UUID effectId;

  public EffectNotFoundException(UUID effectId) {
    super(ErrorCode.NOT_FOUND, "Effect not found");
    this.effectId = effectId;
  }

  public UUID effectId() {
    return effectId;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("id", effectId.toString());
  }
}
