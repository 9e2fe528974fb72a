package com.metalogics.booking.app;

import com.metalogics.booking.adapter.google.GoogleCalendarConfig;
import com.metalogics.booking.adapter.hubspot.HubSpotConfig;
import com.metalogics.booking.adapter.mail.MailConfig;
import java.net.URI;

/** Maps the environment's integration and mail settings onto the adapters' own config records. */
final class Integrations {

  private Integrations() {}

  static GoogleCalendarConfig googleConfig(AppConfig.Google google, URI publicBaseUrl) {
    GoogleCalendarConfig defaults =
        GoogleCalendarConfig.defaults(
            google.keyFile(), google.calendarId(), google.timeZone(), publicBaseUrl.toString());
    return defaults
        .withRootUrl(google.rootUrl().map(URI::toString).orElse(null))
        .withRetry(google.retryAttempts(), google.retryDelay())
        .withCallTimeout(google.callTimeout())
        .withCircuit(
            defaults.circuitFailureThreshold(),
            google.circuitResetTimeout(),
            defaults.circuitMonitoringPeriod())
        // Google would mail its own invitation; the attendee gets ours, with the manage link.
        .withDelegation(google.delegatedUser(), "none");
  }

  static HubSpotConfig hubSpotConfig(AppConfig.HubSpot hubspot) {
    HubSpotConfig defaults = HubSpotConfig.defaults(hubspot.accessToken().orElse(""));
    return defaults
        .withBaseUrl(hubspot.baseUrl())
        .withRetry(hubspot.retryAttempts(), hubspot.retryDelay())
        .withCallTimeout(hubspot.callTimeout())
        .withCircuit(defaults.circuitFailureThreshold(), hubspot.circuitResetTimeout())
        .withRateLimits(hubspot.requestsPer10Seconds(), hubspot.searchesPerSecond());
  }

  static MailConfig mailConfig(AppConfig.Mail mail, URI publicBaseUrl) {
    return new MailConfig(
        mail.host(),
        mail.port(),
        mail.username(),
        mail.password(),
        mail.from(),
        mail.adminEmail(),
        publicBaseUrl.toString(),
        mail.startTls(),
        mail.timeout());
  }
}
