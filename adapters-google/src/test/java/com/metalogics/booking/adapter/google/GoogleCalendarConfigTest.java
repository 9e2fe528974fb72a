package com.metalogics.booking.adapter.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.adapter.google.fake.FakeServiceAccount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder reports every problem at once, the key file's too, and never echoes the key. */
class GoogleCalendarConfigTest {

  @TempDir Path directory;

  @Test
  void givenGoodKeyFileCalendarAndZone_thereAreNoProblems() {
    assertThat(builder(goodKey()).problems()).isEmpty();
  }

  @Test
  void givenMissingFileBlankCalendarAndNoZone_allThreeAreReported() {
    GoogleCalendarConfig.Builder builder =
        builder(directory.resolve("nope.json")).calendarId(" ").timeZone(null);

    assertThat(builder.problems())
        .hasSize(3)
        .anySatisfy(p -> assertThat(p).contains("does not exist"))
        .anySatisfy(p -> assertThat(p).contains("calendarId"))
        .anySatisfy(p -> assertThat(p).contains("timeZone"));
  }

  @Test
  void givenFileThatIsNotJson_itIsReported() throws Exception {
    Path key = Files.writeString(directory.resolve("key.json"), "not json at all {");

    assertThat(builder(key).problems())
        .singleElement()
        .satisfies(p -> assertThat(p).contains("not valid JSON"));
  }

  @Test
  void givenKeyFileWithoutRequiredFields_eachMissingFieldIsReported() throws Exception {
    Path key = Files.writeString(directory.resolve("key.json"), "{\"type\":\"service_account\"}");

    assertThat(builder(key).problems())
        .hasSize(5)
        .anySatisfy(p -> assertThat(p).endsWith(" client_id"))
        .anySatisfy(p -> assertThat(p).endsWith(" client_email"))
        .anySatisfy(p -> assertThat(p).endsWith(" private_key"))
        .anySatisfy(p -> assertThat(p).endsWith(" private_key_id"))
        .anySatisfy(p -> assertThat(p).endsWith(" token_uri"));
  }

  @Test
  void givenKeyWithGarbledPrivateKey_theProblemNamesTheFieldButNotItsValue() throws Exception {
    String json =
        "{\"client_email\":\"a@b.iam.gserviceaccount.com\",\"private_key\":\"s3cr3t-value\","
            + "\"client_id\":\"123\",\"private_key_id\":\"k1\","
            + "\"token_uri\":\"https://oauth2.googleapis.com/token\"}";
    Path key = Files.writeString(directory.resolve("key.json"), json);

    assertThatThrownBy(() -> builder(key).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("private_key")
        .hasMessageNotContaining("s3cr3t");
  }

  @Test
  void defaults_followTheSeed() {
    GoogleCalendarConfig config = builder(goodKey()).build();

    assertThat(config.rootUrl()).isEmpty();
    assertThat(config.publicBaseUrl()).isEqualTo("http://localhost:8080");
    assertThat(config.maxAttempts()).isEqualTo(3);
    assertThat(config.retryDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.sendUpdates()).isEqualTo("none");
    assertThat(config.delegatedUser()).isEmpty();
  }

  @Test
  void givenSeveralBadSettings_buildNamesThemAll() {
    GoogleCalendarConfig.Builder builder =
        builder(goodKey())
            .sendUpdates("sometimes")
            .maxAttempts(0)
            .retryDelay(Duration.ZERO)
            .circuitFailureThreshold(0)
            .callTimeout(Duration.ofSeconds(-1));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sendUpdates")
        .hasMessageContaining("maxAttempts")
        .hasMessageContaining("retryDelay")
        .hasMessageContaining("circuitFailureThreshold")
        .hasMessageContaining("callTimeout");
  }

  @Test
  void toBuilder_keepsEverySettingNotChanged() {
    GoogleCalendarConfig config =
        builder(goodKey()).delegatedUser(Optional.of("owner@example.com")).maxAttempts(5).build();

    GoogleCalendarConfig changed = config.toBuilder().callTimeout(Duration.ofSeconds(3)).build();

    assertThat(changed.delegatedUser()).contains("owner@example.com");
    assertThat(changed.maxAttempts()).isEqualTo(5);
    assertThat(changed.callTimeout()).isEqualTo(Duration.ofSeconds(3));
  }

  private Path goodKey() {
    return FakeServiceAccount.generate().writeKeyFile(directory, "http://127.0.0.1:1/token");
  }

  private static GoogleCalendarConfig.Builder builder(Path key) {
    return GoogleCalendarConfig.builder()
        .keyFile(key)
        .calendarId("primary")
        .timeZone(ZoneId.of("America/New_York"))
        .publicBaseUrl("http://localhost:8080/");
  }
}
