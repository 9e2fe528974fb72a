package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupLineTest {

  @Test
  void givenNoEnvironment_startupLinesSayEveryInterfaceH2WhatIsOffAndThePages() {
    AppConfig config = ConfigLoader.load(Map.of());

    assertThat(StartupLine.of(config, config.http().host(), 8080))
        .containsExactly(
            "Booking service listening on 0.0.0.0:8080 (http://localhost:8080/); H2 file"
                + " ./data/booking; Google Calendar and HubSpot disabled: bookings are flagged for"
                + " sync; mail off (SMTP_HOST is not set): no confirmations, no admin alerts",
            "Pages: http://localhost:8080/ (booking), http://localhost:8080/manage/<bookingId>"
                + " (manage links), http://localhost:8080/admin (admin, with /admin/catalog, /admin/webhooks, /admin/vip and /admin/insights; off: ADMIN_API_KEY is not"
                + " set)");
  }

  @Test
  void givenAdminKeyAndMail_pagesSayTheAdminPageAsksForTheKey() {
    AppConfig config =
        ConfigLoader.load(
            Map.of(
                "ADMIN_API_KEY", "admin-key-0123456789",
                "SMTP_HOST", "smtp.example.org",
                "SMTP_FROM", "bookings@example.org"));

    assertThat(StartupLine.listening(config, "0.0.0.0", 8080))
        .endsWith("; mail through smtp.example.org:587");
    assertThat(StartupLine.pages(config, "0.0.0.0", 8080))
        .endsWith(
            "http://localhost:8080/admin (admin, with /admin/catalog, /admin/webhooks, /admin/vip and /admin/insights; asks for"
                + " ADMIN_API_KEY)");
  }

  @Test
  void givenIpv6Hosts_addressAndUrlPutThemInBrackets() {
    assertThat(StartupLine.browseUrl("::", 8080)).isEqualTo("http://localhost:8080/");
    assertThat(StartupLine.browseUrl("::1", 8080)).isEqualTo("http://[::1]:8080/");
    assertThat(StartupLine.listening(ConfigLoader.load(Map.of()), "::", 8080))
        .startsWith("Booking service listening on [::]:8080 (http://localhost:8080/); ");
  }

  @Test
  void givenProductionOnPostgres_startupLineNamesItWithoutCredentials() {
    AppConfig.Database database =
        new AppConfig.Database("jdbc:postgresql://db:5432/booking?password=hunter2", "app", "pw");

    assertThat(database.describe()).isEqualTo("jdbc:postgresql://db:5432/booking");
    assertThat(database.toString()).doesNotContain("hunter2", "pw]");
  }

  @Test
  void givenTwilio_theLineSaysSmsRemindersGoThroughIt() {
    AppConfig config =
        ConfigLoader.load(
            Map.of(
                "TWILIO_ACCOUNT_SID", "AC" + "0123456789abcdef".repeat(2),
                "TWILIO_AUTH_TOKEN", "twilio-token-value",
                "TWILIO_FROM", "+15005550006"));

    assertThat(StartupLine.listening(config, "0.0.0.0", 8080))
        .endsWith("; SMS reminders through Twilio")
        .doesNotContain("twilio-token-value");
  }
}
