package com.metalogics.booking.adapter.google.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * A service account made up for tests: a fresh RSA key pair and the JSON key file Google would hand
 * out, with {@code token_uri} pointing at the fake server.
 */
public final class FakeServiceAccount {

  private final KeyPair keys;
  private final String clientEmail;
  private final String privateKeyId;

  private FakeServiceAccount(KeyPair keys, String clientEmail, String privateKeyId) {
    this.keys = keys;
    this.clientEmail = clientEmail;
    this.privateKeyId = privateKeyId;
  }

  /** A new account; the RSA key pair is made once per JVM because that is the slow part. */
  public static FakeServiceAccount generate() {
    return new FakeServiceAccount(
        SharedKeys.PAIR,
        "booking-test@fake-project.iam.gserviceaccount.com",
        "fake-key-" + Long.toHexString(System.nanoTime()));
  }

  private static final class SharedKeys {
    static final KeyPair PAIR = newPair();

    private static KeyPair newPair() {
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  public String clientEmail() {
    return clientEmail;
  }

  public String privateKeyId() {
    return privateKeyId;
  }

  public RSAPublicKey publicKey() {
    return (RSAPublicKey) keys.getPublic();
  }

  /** The key file as Google issues it. */
  public ObjectNode keyJson(String tokenUri) {
    ObjectNode json = new ObjectMapper().createObjectNode();
    json.put("type", "service_account");
    json.put("project_id", "fake-project");
    json.put("private_key_id", privateKeyId);
    json.put("private_key", privateKeyPem());
    json.put("client_email", clientEmail);
    json.put("client_id", "100000000000000000001");
    json.put("auth_uri", "https://accounts.google.com/o/oauth2/auth");
    json.put("token_uri", tokenUri);
    return json;
  }

  public Path writeKeyFile(Path directory, String tokenUri) {
    try {
      Path file = directory.resolve("service-account.json");
      Files.writeString(file, new ObjectMapper().writeValueAsString(keyJson(tokenUri)));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String privateKeyPem() {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
            .encodeToString(keys.getPrivate().getEncoded());
    return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
  }
}
