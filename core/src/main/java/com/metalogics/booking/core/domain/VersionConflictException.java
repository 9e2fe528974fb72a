package com.metalogics.booking.core.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * An edit of an admin-managed item (catalog item, webhook subscription) named a version other than
 * the stored one: someone changed it meanwhile.
 */
public final class VersionConflictException extends BookingException {

  private final String kind;
  private final String key;
  private final OptionalLong storedVersion;

  public VersionConflictException(CatalogKind kind, String key, OptionalLong storedVersion) {
    this(kind.label(), key, storedVersion);
  }

  /**
   * @param kind the item's kind as the admin API names it ({@code "webhook"})
   */
  public VersionConflictException(String kind, String key, OptionalLong storedVersion) {
    super(
        ErrorCode.VERSION_CONFLICT,
        storedVersion.isPresent()
            ? "The " + kind + " was changed meanwhile; reload it and edit again"
            : "The " + kind + " does not exist yet; create it without a version");
    this.kind = kind;
    this.key = key;
    this.storedVersion = storedVersion;
  }

  /** The item's kind as the admin API names it. */
  public String kind() {
    return kind;
  }

  public String key() {
    return key;
  }

  /** Empty when nothing is stored under the key. */
  public OptionalLong storedVersion() {
    return storedVersion;
  }

  @Override
  public Map<String, Object> details() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("kind", kind);
    details.put("id", key);
    storedVersion.ifPresent(v -> details.put("version", v));
    return details;
  }
}
