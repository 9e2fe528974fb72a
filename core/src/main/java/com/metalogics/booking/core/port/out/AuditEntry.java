package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.CatalogItem;
import com.metalogics.booking.core.domain.CatalogKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of the catalog: who made it, when, and the item before and after.
 *
 * @param actor the name of the admin key that made the change
 * @param before empty when the change created the item
 */
public record AuditEntry(
    Instant at,
    String actor,
    CatalogKind kind,
    String key,
    Optional<CatalogItem> before,
    CatalogItem after) {

  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (after.catalogKind() != kind || !after.key().equals(key)) {
      throw new IllegalArgumentException("after must be the " + kind.label() + " " + key);
    }
  }
}
