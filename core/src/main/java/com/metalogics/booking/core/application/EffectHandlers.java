package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.port.out.EffectHandler;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The handler of each kind; a later registration of a kind replaces an earlier one. */
final class EffectHandlers {

  private final Map<EffectKind, EffectHandler> byKind;

  EffectHandlers(List<EffectHandler> handlers) {
    Map<EffectKind, EffectHandler> map = new EnumMap<>(EffectKind.class);
    handlers.forEach(h -> map.put(h.kind(), h));
    this.byKind = Collections.unmodifiableMap(map);
  }

  EffectHandler of(EffectKind kind) {
    EffectHandler handler = byKind.get(kind);
    if (handler == null) {
      throw new IllegalStateException("no handler for effects of kind " + kind);
    }
    return handler;
  }

  boolean handles(EffectKind kind) {
    return byKind.containsKey(kind);
  }

  Set<EffectKind> kinds() {
    return byKind.keySet();
  }
}
