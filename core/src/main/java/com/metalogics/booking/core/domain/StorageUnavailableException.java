package com.metalogics.booking.core.domain;

/** The database cannot be reached; nothing was written. */
public final class StorageUnavailableException extends BookingException {

  public StorageUnavailableException(String message, Throwable cause) {
    super(ErrorCode.STORAGE_UNAVAILABLE, message, cause);
  }
}
