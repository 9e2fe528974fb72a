package com.metalogics.booking.adapter.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HubSpotConfigTest {

  private static final String TOKEN = "pat-eu1-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

  @Test
  void defaults_areTheSeedsSettings_andValid() {
    HubSpotConfig config = HubSpotConfig.defaults(TOKEN);

    assertThat(HubSpotConfig.validate(config)).isEmpty();
    assertThat(config.baseUrl()).isEqualTo(URI.create("https://api.hubapi.com"));
    assertThat(config.retryAttempts()).isEqualTo(3);
    assertThat(config.retryDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.requestsPer10Seconds()).isEqualTo(100);
    assertThat(config.searchesPerSecond()).isEqualTo(4);
    assertThat(config.statusProperty()).isEmpty();
    assertThat(config.extraProperties()).isEmpty();
  }

  @Test
  void validateToken_rejectsBlankPlaceholderAndForeignShapes() {
    assertThat(HubSpotConfig.validateToken("", true))
        .singleElement()
        .asString()
        .contains("missing");
    assertThat(HubSpotConfig.validateToken(null, true)).hasSize(1);
    assertThat(HubSpotConfig.validateToken("your-hubspot-access-token", false))
        .singleElement()
        .asString()
        .contains("placeholder");
    assertThat(HubSpotConfig.validateToken("CJSP5qf1KhICAQEYs-gDIIGOBii1", true))
        .singleElement()
        .asString()
        .contains("private-app");
    assertThat(HubSpotConfig.validateToken(" " + TOKEN, true)).hasSize(1);
  }

  @Test
  void validateToken_acceptsPrivateAppTokens_andOtherShapesWhenAllowed() {
    assertThat(HubSpotConfig.validateToken(TOKEN, true)).isEmpty();
    assertThat(HubSpotConfig.validateToken("CJSP5qf1KhICAQEYs-gDIIGOBii1", false)).isEmpty();
  }

  @Test
  void validate_reportsEveryProblemAtOnce_withoutTheToken() {
    HubSpotConfig config =
        new HubSpotConfig(
            "secret-token-value",
            URI.create("ftp://example.com"),
            true,
            -1,
            Duration.ZERO,
            0,
            0,
            Optional.of("email"),
            Map.of("Bad Name", "x"),
            Duration.ofSeconds(-1),
            0,
            Duration.ZERO);

    assertThat(HubSpotConfig.validate(config))
        .hasSize(11)
        .noneMatch(problem -> problem.contains("secret-token-value"));
  }

  @Test
  void toString_andMaskedToken_neverShowTheToken() {
    HubSpotConfig config = HubSpotConfig.defaults(TOKEN);

    assertThat(config.toString())
        .doesNotContain(TOKEN)
        .doesNotContain("0a1b2c3d")
        .contains("pat-eu1-***");
    assertThat(HubSpotConfig.defaults("opaque-token").toString()).doesNotContain("opaque-token");
  }

  @Test
  void adapter_refusesInvalidSettings_listingTheProblems() {
    assertThatThrownBy(
            () -> new HubSpotCrmAdapter(HubSpotConfig.defaults("your-hubspot-access-token")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("placeholder");
  }
}
