package com.metalogics.booking.core.domain;

import java.util.Map;

/**
 * A remote integration (Google Calendar, HubSpot) failed. Adapters translate their vendor errors
 * into this at the port boundary; {@link #kind()} tells a retry-worthy failure from one of our own
 * credentials.
 */
public final class IntegrationException extends BookingException {

  /** Which integration failed. */
  public enum Integration {
    CALENDAR,
    CRM
  }

  /** What kind of failure. */
  public enum Kind {
    /** The remote side failed, timed out or throttled us; retrying later may help. */
    UNAVAILABLE,
    /** Our credentials were refused; retrying will not help until they are fixed. */
    AUTH
  }

  private final Integration integration;
  private final Kind kind;

  public IntegrationException(Integration integration, Kind kind, String message, Throwable cause) {
    super(codeFor(integration, kind), message, cause);
    this.integration = integration;
    this.kind = kind;
  }

  public static IntegrationException calendar(String message, Throwable cause) {
    return new IntegrationException(Integration.CALENDAR, Kind.UNAVAILABLE, message, cause);
  }

  public static IntegrationException calendarAuth(String message, Throwable cause) {
    return new IntegrationException(Integration.CALENDAR, Kind.AUTH, message, cause);
  }

  public static IntegrationException crm(String message, Throwable cause) {
    return new IntegrationException(Integration.CRM, Kind.UNAVAILABLE, message, cause);
  }

  public static IntegrationException crmAuth(String message, Throwable cause) {
    return new IntegrationException(Integration.CRM, Kind.AUTH, message, cause);
  }

  public Integration integration() {
    return integration;
  }

  public Kind kind() {
    return kind;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("integration", integration.name());
  }

  private static ErrorCode codeFor(Integration integration, Kind kind) {
    return switch (integration) {
      case CALENDAR -> kind == Kind.AUTH ? ErrorCode.CALENDAR_AUTH_ERROR : ErrorCode.CALENDAR_ERROR;
      case CRM -> kind == Kind.AUTH ? ErrorCode.CRM_AUTH_ERROR : ErrorCode.CRM_ERROR;
    };
  }
}
