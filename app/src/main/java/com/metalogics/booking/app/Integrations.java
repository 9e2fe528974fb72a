package com.metalogics.booking.app;

import com.metalogics.booking.adapter.google.GoogleCalendarConfig;
import com.metalogics.booking.adapter.hubspot.HubSpotConfig;
import com.metalogics.booking.adapter.mail.MailConfig;
import com.metalogics.booking.adapter.twilio.TwilioConfig;
import java.net.URI;

/** Maps the environment's integration, mail and SMS settings onto the adapters' own configs. */
final class Integrations {

  private Integrations() {}

  /**
   * The Google adapter's builder with the environment's settings: {@code problems()} for the
   * start-up check, {@code build()} for the adapter.
   */
  static GoogleCalendarConfig.Builder google(AppConfig.Google google, URI publicBaseUrl) {
    return GoogleCalendarConfig.builder()
        .keyFile(google.keyFile())
        .calendarId(google.calendarId())
        .timeZone(google.timeZone())
        .publicBaseUrl(publicBaseUrl.toString())
        .rootUrl(google.rootUrl().map(URI::toString))
        .maxAttempts(google.maxAttempts())
        .retryDelay(google.retryDelay())
        .callTimeout(google.callTimeout())
        .circuitResetTimeout(google.circuitResetTimeout())
        .delegatedUser(google.delegatedUser())
        // Google would mail its own invitation; the attendee gets ours, with the manage link.
        .sendUpdates("none");
  }

  /** The HubSpot adapter's builder with the environment's settings, like {@link #google}. */
  static HubSpotConfig.Builder hubSpot(AppConfig.HubSpot hubspot) {
    return HubSpotConfig.builder()
        .accessToken(hubspot.accessToken().orElse(""))
        .baseUrl(hubspot.baseUrl())
        .maxAttempts(hubspot.maxAttempts())
        .retryDelay(hubspot.retryDelay())
        .callTimeout(hubspot.callTimeout())
        .circuitResetTimeout(hubspot.circuitResetTimeout())
        .requestsPer10Seconds(hubspot.requestsPer10Seconds())
        .searchesPerSecond(hubspot.searchesPerSecond())
        .sourceProperties(hubspot.sourceProperties());
  }

  /** The Twilio adapter's builder with the environment's settings, like {@link #google}. */
  static TwilioConfig.Builder twilio(AppConfig.Twilio twilio, URI publicBaseUrl) {
    return TwilioConfig.builder()
        .accountSid(twilio.accountSid())
        .authToken(twilio.authToken())
        .apiKey(twilio.apiKey(), twilio.apiSecret())
        .from(twilio.from())
        .messagingServiceSid(twilio.messagingServiceSid())
        .baseUrl(twilio.baseUrl())
        .publicBaseUrl(publicBaseUrl.toString())
        .maxAttempts(twilio.maxAttempts())
        .retryDelay(twilio.retryDelay())
        .callTimeout(twilio.callTimeout())
        .circuit(5, twilio.circuitResetTimeout());
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
