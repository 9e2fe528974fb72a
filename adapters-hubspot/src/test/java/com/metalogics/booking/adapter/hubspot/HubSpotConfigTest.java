package com.metalogics.booking.adapter.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HubSpotConfigTest {

  private static final String TOKEN = "pat-eu1-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

  @Test
  void defaults_areTheSeedsSettings_andValid() {
    HubSpotConfig config = HubSpotConfig.builder().accessToken(TOKEN).build();

    assertThat(config.baseUrl()).isEqualTo(URI.create("https://api.hubapi.com"));
    assertThat(config.maxAttempts()).isEqualTo(3);
    assertThat(config.retryDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.requestsPer10Seconds()).isEqualTo(100);
    assertThat(config.searchesPerSecond()).isEqualTo(4);
    assertThat(config.statusProperty()).isEmpty();
    assertThat(config.extraProperties()).isEmpty();
  }

  @Test
  void givenBlankPlaceholderOrForeignToken_theBuilderNamesTheProblem() {
    assertThat(tokenProblems("", true)).singleElement().asString().contains("missing");
    assertThat(tokenProblems(null, true)).hasSize(1);
    assertThat(tokenProblems("your-hubspot-access-token", false))
        .singleElement()
        .asString()
        .contains("placeholder");
    assertThat(tokenProblems("CJSP5qf1KhICAQEYs-gDIIGOBii1", true))
        .singleElement()
        .asString()
        .contains("private-app");
    assertThat(tokenProblems(" " + TOKEN, true)).hasSize(1);
  }

  @Test
  void givenPrivateAppToken_orOtherShapeWhenAllowed_thereAreNoProblems() {
    assertThat(tokenProblems(TOKEN, true)).isEmpty();
    assertThat(tokenProblems("CJSP5qf1KhICAQEYs-gDIIGOBii1", false)).isEmpty();
  }

  @Test
  void build_reportsEveryProblemAtOnce_withoutTheToken() {
    HubSpotConfig.Builder builder =
        HubSpotConfig.builder()
            .accessToken("secret-token-value")
            .baseUrl(URI.create("ftp://example.com"))
            .maxAttempts(0)
            .retryDelay(Duration.ZERO)
            .requestsPer10Seconds(0)
            .searchesPerSecond(0)
            .statusProperty("email")
            .extraProperties(Map.of("Bad Name", "x"))
            .callTimeout(Duration.ofSeconds(-1))
            .circuitFailureThreshold(0)
            .circuitResetTimeout(Duration.ZERO);

    assertThat(builder.problems())
        .hasSize(11)
        .noneMatch(problem -> problem.contains("secret-token-value"));
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HUBSPOT_RETRY_ATTEMPTS")
        .hasMessageContaining("circuitResetTimeout")
        .hasMessageNotContaining("secret-token-value");
  }

  @Test
  void toString_andMaskedToken_neverShowTheToken() {
    HubSpotConfig config = HubSpotConfig.builder().accessToken(TOKEN).build();

    assertThat(config.toString())
        .doesNotContain(TOKEN)
        .doesNotContain("0a1b2c3d")
        .contains("pat-eu1-***");
    HubSpotConfig opaque =
        HubSpotConfig.builder().accessToken("opaque-token").requirePrivateAppToken(false).build();
    assertThat(opaque.toString()).doesNotContain("opaque-token");
  }

  @Test
  void toBuilder_keepsEverySettingNotChanged() {
    HubSpotConfig config =
        HubSpotConfig.builder().accessToken(TOKEN).statusProperty("booking_status").build();

    HubSpotConfig changed = config.toBuilder().maxAttempts(5).build();

    assertThat(changed.accessToken()).isEqualTo(TOKEN);
    assertThat(changed.statusProperty()).contains("booking_status");
    assertThat(changed.maxAttempts()).isEqualTo(5);
  }

  private static List<String> tokenProblems(String token, boolean privateAppOnly) {
    return HubSpotConfig.builder()
        .accessToken(token)
        .requirePrivateAppToken(privateAppOnly)
        .problems();
  }
}
