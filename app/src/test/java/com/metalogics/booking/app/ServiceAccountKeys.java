package com.metalogics.booking.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Writes a service-account key file shaped like Google's, with a fresh RSA key. */
final class ServiceAccountKeys {

  private ServiceAccountKeys() {}

  static Path write(Path directory) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      String pem =
          "-----BEGIN PRIVATE KEY-----\\n"
              + Base64.getEncoder()
                  .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
              + "\\n-----END PRIVATE KEY-----\\n";
      String json =
          """
          {"type": "service_account", "project_id": "test", "private_key_id": "k1", "client_id": "1234567890",
           "private_key": "%s",
           "client_email": "booking@test.iam.gserviceaccount.com",
           "token_uri": "http://127.0.0.1:1/token"}
          """
              .formatted(pem);
      return Files.writeString(directory.resolve("key.json"), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
