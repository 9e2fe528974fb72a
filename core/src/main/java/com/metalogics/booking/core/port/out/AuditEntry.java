package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.CatalogItem;
import com.metalogics.booking.core.domain.CatalogKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of the catalog: who made it, when, and the item before and after.
 *
 * @param actor the name of the admin key that made the change, 1 to {@value #MAX_ACTOR} characters
 * @param before empty when the change created the item
 */
public record AuditEntry(
    Instant at,
    String actor,
    CatalogKind kind,
    String key,
    Optional<CatalogItem> before,
    CatalogItem after) {

  public static final int MAX_ACTOR = 200;

  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    if (actor.isBlank() || actor.length() > MAX_ACTOR) {
      throw new IllegalArgumentException("actor must be 1 to " + MAX_ACTOR + " characters");
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (after.catalogKind() != kind || !after.key().equals(key)) {
      throw new IllegalArgumentException("after must be the " + kind.label() + " " + key);
    }
    if (before.filter(b -> b.catalogKind() != kind || !b.key().equals(key)).isPresent()) {
      throw new IllegalArgumentException("before must be the " + kind.label() + " " + key);
    }
  }
}
