package com.metalogics.booking.app;

/** Says in one line where the service listens, on which database, and what is switched off. */
final class StartupLine {

  private StartupLine() {}

  static String of(AppConfig config, int port) {
    StringBuilder line =
        new StringBuilder("Booking service listening on http://localhost:")
            .append(port)
            .append(" (");
    if (config.env() == AppEnv.PRODUCTION) {
      line.append("production; ");
    }
    line.append(config.database().describe()).append("; ").append(integrations(config));
    return line.append(')').toString();
  }

  private static String integrations(AppConfig config) {
    boolean google = config.google().enabled();
    boolean hubspot = config.hubspot().enabled();
    if (google && hubspot) {
      return "Google Calendar and HubSpot enabled";
    }
    String flagged = " disabled: bookings are flagged for sync";
    if (!google && !hubspot) {
      return "Google Calendar and HubSpot" + flagged;
    }
    return google
        ? "Google Calendar enabled; HubSpot" + flagged
        : "HubSpot enabled; Google Calendar" + flagged;
  }
}
