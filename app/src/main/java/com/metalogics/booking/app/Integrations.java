package com.metalogics.booking.app;

import com.metalogics.booking.adapter.google.GoogleCalendarConfig;
import com.metalogics.booking.adapter.hubspot.HubSpotConfig;
import java.net.URI;

/** Maps the environment's integration settings onto the adapters' own config records. */
final class Integrations {

  private Integrations() {}

  static GoogleCalendarConfig googleConfig(AppConfig.Google google, URI publicBaseUrl) {
    return GoogleCalendarConfig.defaults(
            google.keyFile(), google.calendarId(), google.timeZone(), publicBaseUrl.toString())
        .withRootUrl(google.rootUrl().map(URI::toString).orElse(null))
        .withRetry(google.retryAttempts(), google.retryDelay());
  }

  static HubSpotConfig hubSpotConfig(AppConfig.HubSpot hubspot) {
    return HubSpotConfig.defaults(hubspot.accessToken().orElse(""))
        .withBaseUrl(hubspot.baseUrl())
        .withRetry(hubspot.retryAttempts(), hubspot.retryDelay());
  }
}
