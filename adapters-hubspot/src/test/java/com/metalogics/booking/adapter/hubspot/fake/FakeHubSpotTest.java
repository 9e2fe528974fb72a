package com.metalogics.booking.adapter.hubspot.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The fake speaks HubSpot's wire format: checked here with a plain HTTP client. */
class FakeHubSpotTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  @AutoClose private final FakeHubSpot hubSpot = FakeHubSpot.start();

  @Test
  void withoutTheBearerToken_answersHubSpots401Body() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(url("/crm/v3/objects/contacts?limit=1")).build(),
            HttpResponse.BodyHandlers.ofString());

    JsonNode body = json.readTree(response.body());
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(body.path("status").asText()).isEqualTo("error");
    assertThat(body.path("category").asText()).isEqualTo("INVALID_AUTHENTICATION");
    assertThat(body.path("message").asText()).startsWith("Authentication credentials not found");
    assertThat(body.path("correlationId").asText()).isNotBlank();
  }

  @Test
  void rateLimited_answersHubSpots429BodyAndHeaders() throws Exception {
    hubSpot.rateLimitNext(1, Duration.ofSeconds(2));

    HttpResponse<String> response = send("POST", "/crm/v3/objects/contacts", contact("a@x.io"));

    JsonNode body = json.readTree(response.body());
    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
    assertThat(body.path("errorType").asText()).isEqualTo("RATE_LIMIT");
    assertThat(body.path("policyName").asText()).isEqualTo("TEN_SECONDLY_ROLLING");
    assertThat(body.path("message").asText())
        .isEqualTo("You have reached your ten_secondly_rolling limit.");
  }

  @Test
  void duplicateEmail_answers409WithTheExistingId() throws Exception {
    String id = createContact("a@x.io");

    HttpResponse<String> response = send("POST", "/crm/v3/objects/contacts", contact("A@x.io"));

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(json.readTree(response.body()).path("message").asText())
        .isEqualTo("Contact already exists. Existing ID: " + id);
  }

  @Test
  void search_lagsBehindWrites_untilTheIndexCatchesUp() throws Exception {
    hubSpot.searchLag(1);
    send("POST", "/crm/v3/objects/contacts", contact("a@x.io"));
    String search =
        "{\"filterGroups\":[{\"filters\":[{\"propertyName\":\"email\",\"operator\":\"EQ\","
            + "\"value\":\"a@x.io\"}]}],\"limit\":1}";

    assertThat(total(send("POST", "/crm/v3/objects/contacts/search", search))).isZero();
    assertThat(total(send("POST", "/crm/v3/objects/contacts/search", search))).isEqualTo(1);
  }

  @Test
  void noteSearch_findsANoteByBodyToken() throws Exception {
    String id = createContact("a@x.io");
    send(
        "POST",
        "/crm/v3/objects/notes",
        "{\"properties\":{\"hs_timestamp\":\"2026-12-01T14:00:00Z\",\"hs_note_body\":\"Booked"
            + " (ref abc123)\"},\"associations\":[{\"to\":{\"id\":\""
            + id
            + "\"},\"types\":[{\"associationCategory\":\"HUBSPOT_DEFINED\","
            + "\"associationTypeId\":202}]}]}");
    String search =
        "{\"filterGroups\":[{\"filters\":[{\"propertyName\":\"hs_note_body\","
            + "\"operator\":\"CONTAINS_TOKEN\",\"value\":\"abc123\"}]}]}";

    assertThat(total(send("POST", "/crm/v3/objects/notes/search", search))).isEqualTo(1);
    assertThat(hubSpot.notesOf(id)).hasSize(1);
  }

  private String createContact(String email) throws Exception {
    return json.readTree(send("POST", "/crm/v3/objects/contacts", contact(email)).body())
        .path("id")
        .asText();
  }

  private int total(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body()).path("total").asInt();
  }

  private static String contact(String email) {
    return "{\"properties\":{\"email\":\"" + email + "\"}}";
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(url(path))
            .header("Authorization", "Bearer " + FakeHubSpot.TOKEN)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI url(String path) {
    return URI.create(hubSpot.baseUrl() + path);
  }
}
