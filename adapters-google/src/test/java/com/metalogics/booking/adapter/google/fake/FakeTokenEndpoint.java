package com.metalogics.booking.adapter.google.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Google's OAuth token endpoint for the JWT-bearer grant: checks the RS256 assertion against the
 * service account's public key and hands out bearer tokens it remembers with their scopes.
 */
final class FakeTokenEndpoint {

  /** What the client library always puts in {@code aud}, whatever the key's token_uri says. */
  static final String GOOGLE_AUDIENCE = "https://oauth2.googleapis.com/token";

  private static final String GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A token handed out: who it is for, what it allows, whom it impersonates. */
  record Grant(Set<String> scopes, Optional<String> subject) {}

  /** The token endpoint's answer. */
  record Answer(int status, String body) {}

  private final FakeServiceAccount account;
  private final String tokenUri;
  private final Map<String, Grant> tokens = new ConcurrentHashMap<>();
  private final AtomicInteger issued = new AtomicInteger();
  private volatile boolean refusing;
  private volatile boolean delegationAllowed = true;

  FakeTokenEndpoint(FakeServiceAccount account, String tokenUri) {
    this.account = account;
    this.tokenUri = tokenUri;
  }

  void refuse(boolean refuse) {
    this.refusing = refuse;
  }

  void allowDelegation(boolean allowed) {
    this.delegationAllowed = allowed;
  }

  Optional<Grant> grant(String token) {
    return Optional.ofNullable(tokens.get(token));
  }

  int issued() {
    return issued.get();
  }

  /** Every token issued so far forgets itself, as if it had expired. */
  void revokeAll() {
    tokens.clear();
  }

  Answer handle(String formBody) throws Exception {
    Map<String, String> form = form(formBody);
    if (!GRANT.equals(form.get("grant_type"))) {
      return error(400, "unsupported_grant_type", "Invalid grant_type");
    }
    String assertion = form.getOrDefault("assertion", "");
    String[] parts = assertion.split("\\.");
    if (parts.length != 3 || refusing || !signatureValid(parts)) {
      return error(400, "invalid_grant", "Invalid JWT Signature.");
    }
    JsonNode header = decode(parts[0]);
    JsonNode claims = decode(parts[1]);
    Optional<String> problem = claimProblem(header, claims);
    if (problem.isPresent()) {
      return error(400, "invalid_grant", problem.get());
    }
    Optional<String> subject = Optional.ofNullable(claims.path("sub").textValue());
    if (subject.isPresent() && !delegationAllowed) {
      return error(401, "unauthorized_client", "Client is unauthorized to retrieve access tokens");
    }
    String token = "ya29.fake-" + UUID.randomUUID();
    issued.incrementAndGet();
    tokens.put(token, new Grant(Set.of(claims.path("scope").asText().split(" ")), subject));
    Map<String, Object> body =
        Map.of("access_token", token, "expires_in", 3599, "token_type", "Bearer");
    return new Answer(200, JSON.writeValueAsString(body));
  }

  private Optional<String> claimProblem(JsonNode header, JsonNode claims) {
    long now = Instant.now().getEpochSecond();
    String audience = claims.path("aud").asText();
    if (!"RS256".equals(header.path("alg").asText())) {
      return Optional.of("alg must be RS256");
    }
    if (!account.privateKeyId().equals(header.path("kid").asText())) {
      return Optional.of("Invalid key id");
    }
    if (!account.clientEmail().equals(claims.path("iss").asText())) {
      return Optional.of("Invalid issuer");
    }
    if (!GOOGLE_AUDIENCE.equals(audience) && !tokenUri.equals(audience)) {
      return Optional.of("Invalid audience " + audience);
    }
    if (claims.path("scope").asText().isBlank()) {
      return Optional.of("Invalid OAuth scope or ID token audience provided.");
    }
    if (claims.path("exp").asLong() < now || claims.path("iat").asLong() > now + 300) {
      return Optional.of("Invalid JWT: Token must be a short-lived token");
    }
    return Optional.empty();
  }

  private boolean signatureValid(String[] parts) throws GeneralSecurityException {
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(account.publicKey());
    verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    try {
      return verifier.verify(Base64.getUrlDecoder().decode(parts[2]));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static JsonNode decode(String part) throws Exception {
    return JSON.readTree(Base64.getUrlDecoder().decode(part));
  }

  private static Answer error(int status, String error, String description) throws Exception {
    return new Answer(
        status, JSON.writeValueAsString(Map.of("error", error, "error_description", description)));
  }

  private static Map<String, String> form(String body) {
    Map<String, String> out = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
