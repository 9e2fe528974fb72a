package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.adapter.google.GoogleCalendarConfig;
import com.metalogics.booking.adapter.hubspot.HubSpotConfig;
import com.metalogics.booking.adapter.mail.MailConfig;
import com.metalogics.booking.core.application.SyncPolicy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync worker's, the mail's and the integrations' tuning variables reach the adapters. */
class TuningConfigTest {

  private static final String TOKEN = "pat-na1-12345678-1234-1234-1234-123456789abc";

  @TempDir Path dir;

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
  void givenLeaseGraceAndBatchVariables_thePolicyFollowsThem_andTheDefaultsAreDocumented() {
    SyncPolicy defaults = SyncSettings.policy(ConfigLoader.load(Map.of()).sync());
    SyncPolicy tuned =
        SyncSettings.policy(
            ConfigLoader.load(
                    Map.of(
                        "SYNC_LEASE_SECONDS", "45",
                        "SYNC_INLINE_GRACE_SECONDS", "5",
                        "SYNC_BATCH_SIZE", "200"))
                .sync());

    assertThat(defaults.lease()).isEqualTo(Duration.ofSeconds(60));
    assertThat(defaults.inlineGrace()).isEqualTo(Duration.ofSeconds(60));
    assertThat(defaults.batchSize()).isEqualTo(50);
    assertThat(tuned.lease()).isEqualTo(Duration.ofSeconds(45));
    assertThat(tuned.inlineGrace()).isEqualTo(Duration.ofSeconds(5));
    assertThat(tuned.batchSize()).isEqualTo(200);
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("SYNC_LEASE_SECONDS", "20")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("SYNC_LEASE_SECONDS: must be between 30 and");
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
                "GOOGLE_SERVICE_ACCOUNT_KEY_PATH", ServiceAccountKeys.write(dir).toString(),
                "GOOGLE_CALENDAR_TIMEOUT_MS", "250",
                "GOOGLE_CALENDAR_CIRCUIT_RESET_MS", "500",
                "GOOGLE_CALENDAR_DELEGATED_USER", "owner@example.com",
                "HUBSPOT_ACCESS_TOKEN", TOKEN,
                "HUBSPOT_TIMEOUT_MS", "300",
                "HUBSPOT_CIRCUIT_RESET_MS", "600",
                "HUBSPOT_REQUESTS_PER_10_SECONDS", "1000",
                "HUBSPOT_SEARCHES_PER_SECOND", "50"));

    GoogleCalendarConfig google =
        Integrations.google(config.google(), URI.create("http://localhost:8080")).build();
    HubSpotConfig hubspot = Integrations.hubSpot(config.hubspot()).build();

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
  void givenNoRetrySettings_bothAdaptersMakeThreeAttempts() {
    AppConfig config =
        ConfigLoader.load(
            Map.of(
                "GOOGLE_SERVICE_ACCOUNT_KEY_PATH",
                ServiceAccountKeys.write(dir).toString(),
                "HUBSPOT_ACCESS_TOKEN",
                TOKEN));

    GoogleCalendarConfig google =
        Integrations.google(config.google(), URI.create("http://localhost:8080")).build();
    HubSpotConfig hubspot = Integrations.hubSpot(config.hubspot()).build();

    assertThat(google.maxAttempts()).isEqualTo(3);
    assertThat(hubspot.maxAttempts()).isEqualTo(3);
  }

  @Test
  void givenRetryAttemptsOfZero_thenStartFails_forAttemptsIncludeTheFirst() {
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    Map.of(
                        "GOOGLE_CALENDAR_RETRY_ATTEMPTS", "0",
                        "HUBSPOT_RETRY_ATTEMPTS", "0")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("GOOGLE_CALENDAR_RETRY_ATTEMPTS")
        .hasMessageContaining("HUBSPOT_RETRY_ATTEMPTS");
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
