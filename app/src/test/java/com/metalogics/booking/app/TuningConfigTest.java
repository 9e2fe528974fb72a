package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.adapter.google.GoogleCalendarConfig;
import com.metalogics.booking.adapter.hubspot.HubSpotConfig;
import com.metalogics.booking.adapter.mail.MailConfig;
import com.metalogics.booking.core.application.SyncPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sync worker's, the mail's and the integrations' tuning variables reach the adapters. */
class TuningConfigTest {

  private static final String TOKEN = "pat-na1-12345678-1234-1234-1234-123456789abc";

  @Test
  void givenSyncVariables_thePolicyFollowsThem() {
    AppConfig config =
        ConfigLoader.load(
            Map.of(
                "SYNC_INTERVAL_SECONDS", "5",
                "SYNC_MAX_ATTEMPTS", "4",
                "SYNC_MAX_BACKOFF_SECONDS", "600"));

    SyncPolicy policy = SyncSettings.policy(config.sync());

    assertThat(config.sync().interval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(policy.maxAttempts()).isEqualTo(4);
    assertThat(policy.maxBackoff()).isEqualTo(Duration.ofMinutes(10));
    assertThat(policy.backoffAfter(10)).isEqualTo(Duration.ofMinutes(10));
    assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void givenMaxBackoffBelowTheFirstBackoff_thenStartFails() {
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("SYNC_MAX_BACKOFF_SECONDS", "10")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("SYNC_MAX_BACKOFF_SECONDS: must be between 30 and");
  }

  @Test
  void givenSmtpVariables_theMailConfigCarriesThemAndThePublicBaseUrl() {
    AppConfig config =
        ConfigLoader.load(
            Map.of(
                "SMTP_HOST", "mail.example.com",
                "SMTP_PORT", "2525",
                "SMTP_FROM", "bookings@example.com",
                "ADMIN_EMAIL", "owner@example.com",
                "SMTP_STARTTLS", "false",
                "SMTP_TIMEOUT_MS", "1500",
                "PUBLIC_BASE_URL", "https://book.example.com"));

    MailConfig mail =
        Integrations.mailConfig(config.mail().orElseThrow(), config.http().publicBaseUrl());

    assertThat(mail.problems()).isEmpty();
    assertThat(mail.host()).isEqualTo("mail.example.com");
    assertThat(mail.port()).isEqualTo(2525);
    assertThat(mail.adminEmail()).contains("owner@example.com");
    assertThat(mail.publicBaseUrl()).isEqualTo("https://book.example.com");
    assertThat(mail.startTls()).isFalse();
    assertThat(mail.timeout()).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void givenIntegrationTuning_theAdapterConfigsFollowIt() {
    AppConfig config =
        ConfigLoader.load(
            Map.of(
                "GOOGLE_CALENDAR_TIMEOUT_MS", "250",
                "GOOGLE_CALENDAR_CIRCUIT_RESET_MS", "500",
                "GOOGLE_CALENDAR_DELEGATED_USER", "owner@example.com",
                "HUBSPOT_ACCESS_TOKEN", TOKEN,
                "HUBSPOT_TIMEOUT_MS", "300",
                "HUBSPOT_CIRCUIT_RESET_MS", "600",
                "HUBSPOT_REQUESTS_PER_10_SECONDS", "1000",
                "HUBSPOT_SEARCHES_PER_SECOND", "50"));

    GoogleCalendarConfig google =
        Integrations.googleConfig(config.google(), URI.create("http://localhost:8080"));
    HubSpotConfig hubspot = Integrations.hubSpotConfig(config.hubspot());

    assertThat(google.callTimeout()).isEqualTo(Duration.ofMillis(250));
    assertThat(google.circuitResetTimeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(google.delegatedUser()).isEqualTo(Optional.of("owner@example.com"));
    assertThat(google.sendUpdates()).isEqualTo("none");
    assertThat(hubspot.callTimeout()).isEqualTo(Duration.ofMillis(300));
    assertThat(hubspot.circuitResetTimeout()).isEqualTo(Duration.ofMillis(600));
    assertThat(hubspot.requestsPer10Seconds()).isEqualTo(1000);
    assertThat(hubspot.searchesPerSecond()).isEqualTo(50);
    assertThat(config.hubspot().toString()).doesNotContain(TOKEN);
  }

  @Test
  void givenBadDelegatedUserAndTimeout_bothAreReported() {
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    Map.of(
                        "GOOGLE_CALENDAR_DELEGATED_USER", "not-an-address",
                        "HUBSPOT_TIMEOUT_MS", "0")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("GOOGLE_CALENDAR_DELEGATED_USER")
        .hasMessageContaining("HUBSPOT_TIMEOUT_MS");
  }
}
