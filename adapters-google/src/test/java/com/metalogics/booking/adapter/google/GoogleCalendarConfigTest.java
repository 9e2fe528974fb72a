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

/** Start-up validation reports every problem at once and never echoes the key. */
class GoogleCalendarConfigTest {

  @TempDir Path directory;

  @Test
  void givenGoodKeyFileCalendarAndZone_thereAreNoProblems() {
    Path key = FakeServiceAccount.generate().writeKeyFile(directory, "http://127.0.0.1:1/token");

    assertThat(GoogleCalendarConfig.validate(key, "primary", "America/New_York")).isEmpty();
  }

  @Test
  void givenMissingFileBlankCalendarAndBadZone_allThreeAreReported() {
    assertThat(GoogleCalendarConfig.validate(directory.resolve("nope.json"), " ", "Mars/Base"))
        .hasSize(3)
        .anySatisfy(p -> assertThat(p).contains("does not exist"))
        .anySatisfy(p -> assertThat(p).contains("GOOGLE_CALENDAR_ID"))
        .anySatisfy(p -> assertThat(p).contains("Mars/Base"));
  }

  @Test
  void givenFileThatIsNotJson_itIsReported() throws Exception {
    Path key = Files.writeString(directory.resolve("key.json"), "not json at all {");

    assertThat(GoogleCalendarConfig.validate(key, "primary", "UTC"))
        .singleElement()
        .satisfies(p -> assertThat(p).contains("not valid JSON"));
  }

  @Test
  void givenKeyFileWithoutRequiredFields_eachMissingFieldIsReported() throws Exception {
    Path key = Files.writeString(directory.resolve("key.json"), "{\"type\":\"service_account\"}");

    assertThat(GoogleCalendarConfig.validate(key, "primary", "UTC"))
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

    assertThat(GoogleCalendarConfig.validate(key, "primary", "UTC"))
        .singleElement()
        .satisfies(p -> assertThat(p).contains("private_key").doesNotContain("s3cr3t"));
  }

  @Test
  void defaults_followTheSeed() {
    GoogleCalendarConfig config =
        GoogleCalendarConfig.defaults(
            directory.resolve("k.json"), "primary", ZoneId.of("UTC"), "http://localhost:8080/");

    assertThat(config.rootUrl()).isNull();
    assertThat(config.publicBaseUrl()).isEqualTo("http://localhost:8080");
    assertThat(config.retryAttempts()).isEqualTo(3);
    assertThat(config.retryDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.sendUpdates()).isEqualTo("none");
    assertThat(config.delegatedUser()).isEmpty();
  }

  @Test
  void givenSeveralBadSettings_theConstructorNamesThemAll() {
    assertThatThrownBy(
            () ->
                new GoogleCalendarConfig(
                    directory.resolve("k.json"),
                    "primary",
                    null,
                    ZoneId.of("UTC"),
                    "http://localhost",
                    Optional.empty(),
                    "sometimes",
                    0,
                    Duration.ZERO,
                    0,
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sendUpdates")
        .hasMessageContaining("retryAttempts")
        .hasMessageContaining("retryDelay")
        .hasMessageContaining("circuitFailureThreshold")
        .hasMessageContaining("callTimeout");
  }
}
