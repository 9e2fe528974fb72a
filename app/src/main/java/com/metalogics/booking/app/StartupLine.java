package com.metalogics.booking.app;

import java.util.List;
import java.util.Set;

/**
 * What the service says once it serves, in two lines: where it listens, on which database and what
 * is switched off; then its pages, and whether the admin page can be used.
 */
final class StartupLine {

  /** Addresses meaning every interface; a browser on this machine reaches them as localhost. */
  private static final Set<String> EVERY_INTERFACE = Set.of("0.0.0.0", "::", "::0");

  private StartupLine() {}

  static List<String> of(AppConfig config, String host, int port) {
    return List.of(listening(config, host, port), pages(config, host, port));
  }

  /**
   * {@code Booking service listening on 0.0.0.0:8080 (http://localhost:8080/); H2 file
   * ./data/booking; Google Calendar and HubSpot disabled: bookings are flagged for sync; mail off
   * (SMTP_HOST is not set)}
   */
  static String listening(AppConfig config, String host, int port) {
    StringBuilder line =
        new StringBuilder("Booking service listening on ")
            .append(hostLiteral(host))
            .append(':')
            .append(port)
            .append(" (")
            .append(browseUrl(host, port))
            .append("); ");
    if (config.env() == AppEnv.PRODUCTION) {
      line.append("production; ");
    }
    return line.append(config.database().describe())
        .append("; ")
        .append(integrations(config))
        .append("; ")
        .append(mail(config))
        .append(config.twilio().enabled() ? "; SMS reminders through Twilio" : "")
        .toString();
  }

  private static final String ADMIN_PAGES =
      "/admin/catalog, /admin/webhooks, /admin/vip and /admin/insights";

  /**
   * {@code Pages: http://localhost:8080/ (booking), http://localhost:8080/manage/<bookingId>
   * (manage links), http://localhost:8080/admin (admin, with /admin/catalog, /admin/webhooks,
   * /admin/vip and /admin/insights; off: ADMIN_API_KEY is not set)}
   */
  static String pages(AppConfig config, String host, int port) {
    String base = browseUrl(host, port);
    String admin =
        config.http().adminApiKey().isPresent()
            ? "admin, with " + ADMIN_PAGES + "; asks for ADMIN_API_KEY"
            : "admin, with " + ADMIN_PAGES + "; off: ADMIN_API_KEY is not set";
    return "Pages: "
        + base
        + " (booking), "
        + base
        + "manage/<bookingId> (manage links), "
        + base
        + "admin ("
        + admin
        + ")";
  }

  /** The URL a browser on this machine opens, with a trailing slash. */
  static String browseUrl(String host, int port) {
    String name = EVERY_INTERFACE.contains(host) ? "localhost" : hostLiteral(host);
    return "http://" + name + ":" + port + "/";
  }

  /** IPv6 addresses in brackets, as in URLs, so that the port stands apart. */
  private static String hostLiteral(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
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

  private static String mail(AppConfig config) {
    return config
        .mail()
        .map(mail -> "mail through " + mail.host() + ":" + mail.port())
        .orElse("mail off (SMTP_HOST is not set): no confirmations, no admin alerts");
  }
}
