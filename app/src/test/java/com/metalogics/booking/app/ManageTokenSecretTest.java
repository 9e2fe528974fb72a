package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManageTokenSecretTest {

  @TempDir Path dir;

  @Test
  void givenNoSecretInDevelopment_oneIsGeneratedOnceAndKeptOwnerOnly() throws Exception {
    AppConfig config =
        ConfigLoader.load(Map.of("DATABASE_URL", "jdbc:h2:file:" + dir.resolve("db/booking")));

    byte[] first = ManageTokenSecret.resolve(config);
    byte[] second = ManageTokenSecret.resolve(config);

    Path file = dir.resolve("db").resolve(ManageTokenSecret.FILE_NAME);
    assertThat(first).hasSizeGreaterThanOrEqualTo(32).isEqualTo(second);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void givenConfiguredSecret_itIsUsedAndNothingIsWritten() {
    String secret = "configured-secret-of-more-than-32-bytes";
    AppConfig config =
        ConfigLoader.load(
            Map.of(
                "DATABASE_URL",
                "jdbc:h2:file:" + dir.resolve("booking"),
                "MANAGE_TOKEN_SECRET",
                secret));

    assertThat(ManageTokenSecret.resolve(config))
        .isEqualTo(secret.getBytes(StandardCharsets.UTF_8));
    assertThat(dir.resolve(ManageTokenSecret.FILE_NAME)).doesNotExist();
  }

  @Test
  void givenTruncatedSecretFile_startFailsInsteadOfUsingAWeakKey() throws Exception {
    Path file = Files.writeString(dir.resolve(ManageTokenSecret.FILE_NAME), "short\n");

    assertThatThrownBy(() -> ManageTokenSecret.readOrCreate(file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fewer than 32 bytes");
  }
}
