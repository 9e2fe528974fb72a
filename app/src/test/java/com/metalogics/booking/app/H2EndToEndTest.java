package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end run on an H2 file, as a newcomer starts it: no {@code MANAGE_TOKEN_SECRET}, so the
 * service generates one next to the database file.
 */
class H2EndToEndTest extends EndToEndContract {

  @TempDir static Path dataDirectory;

  @Override
  Map<String, String> databaseEnvironment() {
    return Map.of("DATABASE_URL", "jdbc:h2:file:" + dataDirectory.resolve("booking"));
  }

  @Test
  void givenRestartOnTheSameFile_bookingAndItsManageTokenSurvive() {
    ApiClient.Reply created = book("restart@example.com", "2030-01-11T17:00:00Z", 45, Map.of());
    assertThat(created.status()).isEqualTo(201);
    String id = created.data().path("booking").path("id").asText();
    String token = created.data().path("manageToken").asText();

    app.close();
    app = start(environment());
    api = new ApiClient(app.port());

    ApiClient.Reply fetched = api.get("/api/bookings/" + id, ApiClient.bearer(token));
    assertThat(fetched.status()).isEqualTo(200);
    assertThat(fetched.data().path("booking").path("email").asText())
        .isEqualTo("restart@example.com");
    assertThat(slotStarts("2030-01-11", 45)).doesNotContain("2030-01-11T17:00:00Z");
    assertThat(Files.exists(dataDirectory.resolve(ManageTokenSecret.FILE_NAME))).isTrue();
  }
}
