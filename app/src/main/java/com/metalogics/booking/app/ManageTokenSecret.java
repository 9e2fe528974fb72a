package com.metalogics.booking.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key manage tokens are signed with. Configured in production; in development, when unset, one
 * is generated once and kept next to the database file so tokens handed out survive a restart.
 */
final class ManageTokenSecret {

  static final String FILE_NAME = "manage-token.secret";
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final Logger LOG = LoggerFactory.getLogger(ManageTokenSecret.class);

  private ManageTokenSecret() {}

  static byte[] resolve(AppConfig config) {
    return config
        .manageTokenSecret()
        .map(s -> s.getBytes(StandardCharsets.UTF_8))
        .orElseGet(() -> readOrCreate(config.database().dataDirectory().resolve(FILE_NAME)));
  }

  static byte[] readOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      byte[] secret =
          Files.readString(file, StandardCharsets.UTF_8).trim().getBytes(StandardCharsets.UTF_8);
      if (secret.length < ConfigLoader.MIN_SECRET_BYTES) {
        throw new IllegalStateException(
            file + " holds fewer than " + ConfigLoader.MIN_SECRET_BYTES + " bytes: delete it");
      }
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the manage-token secret " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    byte[] random = new byte[48];
    new SecureRandom().nextBytes(random);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Path directory = Files.createDirectories(file.toAbsolutePath().getParent());
    try {
      // Created owner-only before the secret is written, so it is never readable by others.
      if (Files.getFileStore(directory).supportsFileAttributeView("posix")) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } else {
        Files.createFile(file);
      }
    } catch (FileAlreadyExistsException e) {
      LOG.debug("Another process created {} first; using it", file);
      return;
    }
    Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
    LOG.debug("Generated a manage-token secret in {}", file);
  }
}
