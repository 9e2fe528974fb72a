package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupLineTest {

  @Test
  void givenNoEnvironment_startupLineSaysH2AndDisabledIntegrations() {
    assertThat(StartupLine.of(ConfigLoader.load(Map.of()), 8080))
        .isEqualTo(
            "Booking service listening on http://localhost:8080 (H2 file ./data/booking; Google"
                + " Calendar and HubSpot disabled: bookings are flagged for sync)");
  }

  @Test
  void givenProductionOnPostgres_startupLineNamesItWithoutCredentials() {
    AppConfig.Database database =
        new AppConfig.Database("jdbc:postgresql://db:5432/booking?password=hunter2", "app", "pw");

    assertThat(database.describe()).isEqualTo("jdbc:postgresql://db:5432/booking");
    assertThat(database.toString()).doesNotContain("hunter2", "pw]");
  }
}
