package com.metalogics.booking.adapter.http.internal;

import com.metalogics.booking.core.domain.BookingException;
import com.metalogics.booking.core.domain.ErrorCode;
import com.metalogics.booking.core.domain.RateLimitedException;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpException;

/** The one place where an error becomes a status, a code and an envelope. */
public final class ErrorMapper {

  /** Not a core code: the path exists, the method does not. */
  static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";

  /** Not a core code: the request line names a protocol version the server does not speak. */
  static final String HTTP_VERSION_NOT_SUPPORTED = "HTTP_VERSION_NOT_SUPPORTED";

  private static final String INTERNAL_MESSAGE = "Something went wrong on our side";

  private ErrorMapper() {}

  /** What to answer for {@code error}; {@code internal} is true when it must be logged. */
  public record Mapped(
      int status,
      String code,
      String message,
      Map<String, Object> details,
      Map<String, String> headers,
      boolean internal) {}

  public static Mapped map(Throwable error) {
    if (error instanceof BookingException e) {
      return ofCode(e.code(), e.getMessage(), e.details(), headersOf(e));
    }
    if (error instanceof ApiException e) {
      return ofCode(e.code(), e.getMessage(), e.details(), Map.of());
    }
    if (error instanceof HttpResponseException e) {
      return forStatus(e.getStatus());
    }
    if (error instanceof HttpException e) {
      return forStatus(e.getCode());
    }
    return internal();
  }

  public static int statusOf(ErrorCode code) {
    return switch (code) {
      case VALIDATION_ERROR, INVALID_DATE_RANGE -> 400;
      case UNAUTHORIZED -> 401;
      case NOT_FOUND -> 404;
      case SLOT_UNAVAILABLE, BOOKING_NOT_ACTIVE, BOOKING_NOT_PAST, VERSION_CONFLICT -> 409;
      case PAYLOAD_TOO_LARGE -> 413;
      case UNSUPPORTED_MEDIA_TYPE -> 415;
      case IDEMPOTENCY_KEY_REUSED -> 422;
      case FREQUENCY_LIMIT_EXCEEDED, RATE_LIMITED -> 429;
      case INTERNAL_ERROR -> 500;
      case CALENDAR_ERROR, CALENDAR_AUTH_ERROR, CRM_ERROR, CRM_AUTH_ERROR, STORAGE_UNAVAILABLE ->
          503;
    };
  }

  /** The error body; {@code details} only when there are any. */
  public static Map<String, Object> envelope(Mapped mapped, String requestId) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", mapped.code());
    error.put("message", mapped.message());
    if (!mapped.details().isEmpty()) {
      error.put("details", mapped.details());
    }
    error.put("requestId", requestId);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("success", false);
    body.put("error", error);
    return body;
  }

  private static Mapped ofCode(
      ErrorCode code, String message, Map<String, Object> details, Map<String, String> headers) {
    if (code == ErrorCode.INTERNAL_ERROR) {
      return internal();
    }
    return new Mapped(statusOf(code), code.name(), message, details, headers, false);
  }

  private static Map<String, String> headersOf(BookingException e) {
    if (e instanceof RateLimitedException limited) {
      long seconds = Math.max(1, limited.retryAfter().toSeconds());
      return Map.of("Retry-After", Long.toString(seconds));
    }
    if (e.code() == ErrorCode.UNAUTHORIZED) {
      return Map.of("WWW-Authenticate", "Bearer");
    }
    return Map.of();
  }

  /**
   * A refusal by the server itself, before any route ran; its status stays (414 and 431 too), only
   * the code and message are ours.
   */
  public static Mapped forServerStatus(int status) {
    Mapped mapped = forStatus(status);
    if (status >= 400 && status < 500 && mapped.internal()) {
      return new Mapped(
          status,
          ErrorCode.VALIDATION_ERROR.name(),
          messageFor(ErrorCode.VALIDATION_ERROR),
          detailsFor(ErrorCode.VALIDATION_ERROR),
          Map.of(),
          false);
    }
    return mapped;
  }

  /** Javalin's and Jetty's own refusals: unknown route, wrong method, unreadable request. */
  public static Mapped forStatus(int status) {
    if (status == 405) {
      return new Mapped(
          405, METHOD_NOT_ALLOWED, "Method not allowed on this path", Map.of(), Map.of(), false);
    }
    if (status == 505) {
      return new Mapped(
          505,
          HTTP_VERSION_NOT_SUPPORTED,
          "This server speaks HTTP/1.0 and HTTP/1.1 only",
          Map.of(),
          Map.of(),
          false);
    }
    Optional<ErrorCode> code =
        switch (status) {
          case 400 -> Optional.of(ErrorCode.VALIDATION_ERROR);
          case 404 -> Optional.of(ErrorCode.NOT_FOUND);
          case 413 -> Optional.of(ErrorCode.PAYLOAD_TOO_LARGE);
          case 415 -> Optional.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
          default -> Optional.empty();
        };
    return code.map(c -> ofCode(c, messageFor(c), detailsFor(c), Map.of()))
        .orElseGet(ErrorMapper::internal);
  }

  private static String messageFor(ErrorCode code) {
    return switch (code) {
      case NOT_FOUND -> "Not found";
      case PAYLOAD_TOO_LARGE -> "The request body is too large";
      case UNSUPPORTED_MEDIA_TYPE -> "The request body must be application/json";
      default -> "The request is malformed";
    };
  }

  private static Map<String, Object> detailsFor(ErrorCode code) {
    return code == ErrorCode.VALIDATION_ERROR
        ? Map.of("fields", Map.of("request", "is malformed"))
        : Map.of();
  }

  private static Mapped internal() {
    return new Mapped(
        500, ErrorCode.INTERNAL_ERROR.name(), INTERNAL_MESSAGE, Map.of(), Map.of(), true);
  }
}
