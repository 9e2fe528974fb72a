package com.metalogics.booking.core.domain;

import java.util.Map;

/**
 * The one root of every error the core reports. Each subclass carries a stable {@link ErrorCode}
 * and typed context; {@link #details()} is that context for an error envelope.
 */
public abstract sealed class BookingException extends RuntimeException
    permits ValidationException,
        InvalidDateRangeException,
        UnauthorizedException,
        BookingNotFoundException,
        SlotUnavailableException,
        BookingNotActiveException,
        BookingNotPastException,
        IdempotencyKeyReusedException,
        FrequencyLimitExceededException,
        RateLimitedException,
        IntegrationException,
        StorageUnavailableException,
        VersionConflictException,
        CatalogItemNotFoundException,
        ResourceNotFoundException {

  private final ErrorCode code;

  protected BookingException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  protected BookingException(ErrorCode code, String message) {
    this(code, message, null);
  }

  public final ErrorCode code() {
    return code;
  }

  /** Context safe to show a caller; empty when the message says it all. */
  public Map<String, Object> details() {
    return Map.of();
  }
}
