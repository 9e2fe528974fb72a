package com.metalogics.booking.adapter.http.internal;

import com.metalogics.booking.core.domain.ErrorCode;
import java.util.Map;

/**
 * An error the HTTP layer itself detects (body too large, wrong content type, unknown route). Its
 * status comes from {@link ErrorMapper}, like every other error's.
 */
final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final transient Map<String, Object> details;

  public ApiException(ErrorCode code, String message, Map<String, Object> details) {
    super(message, null, false, false);
    this.code = code;
    this.details = Map.copyOf(details);
  }

  public ApiException(ErrorCode code, String message) {
    this(code, message, Map.of());
  }

  public ErrorCode code() {
    return code;
  }

  public Map<String, Object> details() {
    return details;
  }
}
