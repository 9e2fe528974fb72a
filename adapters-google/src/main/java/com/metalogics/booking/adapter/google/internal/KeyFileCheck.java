package com.metalogics.booking.adapter.google.internal;

import com.google.api.client.json.GenericJson;
import com.google.api.client.json.gson.GsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Checks a service-account key file without ever putting its secrets into a message. */
public final class KeyFileCheck {

  /** What Google's library reads; without any of them it fails only at the first call. */
  private static final List<String> REQUIRED =
      List.of("client_id", "client_email", "private_key", "private_key_id", "token_uri");

  private KeyFileCheck() {}

  /** Every problem found, empty when the file looks like a usable service-account key. */
  public static List<String> problems(Path keyFile) {
    if (keyFile == null) {
      return List.of("keyFile is missing");
    }
    if (!Files.isRegularFile(keyFile)) {
      return List.of("service-account key file " + keyFile + " does not exist");
    }
    if (!Files.isReadable(keyFile)) {
      return List.of("service-account key file " + keyFile + " is not readable");
    }
    GenericJson json;
    try (InputStream in = Files.newInputStream(keyFile)) {
      json = GsonFactory.getDefaultInstance().fromInputStream(in, GenericJson.class);
    } catch (IOException | IllegalArgumentException e) {
      return List.of("service-account key file " + keyFile + " is not valid JSON");
    }
    if (json == null) {
      return List.of("service-account key file " + keyFile + " is empty");
    }
    List<String> problems = new ArrayList<>();
    for (String field : REQUIRED) {
      Object value = json.get(field);
      if (!(value instanceof String text) || text.isBlank()) {
        problems.add("service-account key file " + keyFile + " has no " + field);
      }
    }
    Object privateKey = json.get("private_key");
    if (privateKey instanceof String pem
        && !pem.isBlank()
        && !pem.contains("-----BEGIN PRIVATE KEY-----")) {
      problems.add("service-account key file " + keyFile + " has no PKCS#8 PEM private_key");
    }
    return List.copyOf(problems);
  }
}
