package com.metalogics.booking.adapter.twilio.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.metalogics.booking.adapter.twilio.internal.TwilioCallException.Kind;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two Messages API calls, over {@link HttpClient} with basic auth: create one (form-encoded),
 * list them (filtered). One call, no retries: policies wrap it; every failure a classified {@link
 * TwilioCallException} whose message holds Twilio's error code, never the number or the text.
 */
public final class TwilioClient {

  private static final Logger LOG = LoggerFactory.getLogger(TwilioClient.class);

  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();
  private final String messages;
  private final String authorization;
  private final Duration callTimeout;

  public TwilioClient(
      HttpClient http, URI baseUrl, String accountSid, String user, String secret, Duration t) {
    this.http = http;
    String base = baseUrl.toString().replaceAll("/+$", "");
    this.messages = base + "/2010-04-01/Accounts/" + accountSid + "/Messages.json";
    String credentials = user + ":" + secret;
    this.authorization =
        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    this.callTimeout = t;
  }

  /** {@code POST Messages.json}; the created message. */
  public JsonNode create(Map<String, String> form) {
    return send(
        "POST",
        URI.create(messages),
        HttpRequest.BodyPublishers.ofString(encode(form)),
        "application/x-www-form-urlencoded");
  }

  /** {@code GET Messages.json?...}; the first page. */
  public JsonNode list(Map<String, String> query) {
    return send(
        "GET",
        URI.create(messages + "?" + encode(query)),
        HttpRequest.BodyPublishers.noBody(),
        "application/json");
  }

  private JsonNode send(String method, URI uri, HttpRequest.BodyPublisher body, String type) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(callTimeout)
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .header("Content-Type", type)
            .method(method, body)
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new TwilioCallException(
          Kind.TRANSIENT, 0, Optional.empty(), method + " Messages: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TwilioCallException(
          Kind.REJECTED, 0, Optional.empty(), method + " Messages interrupted", e);
    }
    LOG.debug("Twilio {} Messages -> {}", method, response.statusCode());
    if (response.statusCode() / 100 == 2) {
      return parse(response.body());
    }
    throw failure(method, response);
  }

  private TwilioCallException failure(String method, HttpResponse<String> response) {
    int status = response.statusCode();
    JsonNode body = parse(response.body());
    String detail =
        method
            + " Messages answered "
            + status
            + " (Twilio error "
            + body.path("code").asText("-")
            + ")";
    Kind kind =
        switch (status) {
          case 401, 403 -> Kind.AUTH;
          case 429 -> Kind.RATE_LIMITED;
          default -> status >= 500 ? Kind.TRANSIENT : Kind.REJECTED;
        };
    Optional<Duration> wait =
        response.headers().firstValue("Retry-After").flatMap(TwilioClient::seconds);
    return new TwilioCallException(kind, status, wait, detail, null);
  }

  private static Optional<Duration> seconds(String value) {
    try {
      long parsed = Long.parseLong(value.trim());
      return parsed >= 0 ? Optional.of(Duration.ofSeconds(parsed)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return json.readTree(body);
    } catch (JsonProcessingException e) {
      return MissingNode.getInstance();
    }
  }

  private static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
