package com.metalogics.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.adapter.http.TestServer.Answer;
import io.javalin.router.ParsedEndpoint;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The OpenAPI resource and the routes Javalin really serves must list the same operations. */
class OpenApiTest {

  private static final Set<String> HTTP_METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final TestServer server = TestServer.withAdmin();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void everyRegisteredRouteIsDocumented_andEveryDocumentedOperationIsRegistered() {
    Answer doc = server.get("/openapi.json");
    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.json().path("openapi").asText()).startsWith("3.");
    assertThat(registeredRoutes()).isNotEmpty().isEqualTo(documentedOperations(doc.json()));
  }

  @Test
  void everyDocumentedOperationDescribesItsSuccessAnswer() {
    JsonNode paths = server.get("/openapi.json").json().path("paths");
    for (var path : paths.properties()) {
      for (var op : path.getValue().properties()) {
        assertThat(op.getValue().path("responses").fieldNames())
            .as(op.getKey() + " " + path.getKey())
            .toIterable()
            .anyMatch(code -> code.startsWith("2"));
      }
    }
  }

  @Test
  void everyFieldOfTheBookingAndOfTheListAnswer_isDocumented() {
    Answer created =
        server.post(
            "/api/bookings", TestServer.bookingJson("doc@example.com", TestServer.SLOT, 30));
    assertThat(created.status()).isEqualTo(201);
    Answer list =
        server.get("/api/admin/bookings", "Authorization", TestServer.bearer(TestServer.ADMIN_KEY));
    JsonNode doc = server.get("/openapi.json").json();
    JsonNode schema = doc.path("components").path("schemas").path("Booking");
    JsonNode booking = list.data().path("bookings").get(0);

    assertThat(names(schema.path("properties"))).containsAll(names(booking));
    assertThat(names(booking)).containsAll(texts(schema.path("required")));
    JsonNode sync = schema.path("properties").path("sync").path("properties");
    assertThat(names(sync)).isEqualTo(names(booking.path("sync")));
    for (var entry : booking.path("sync").properties()) {
      assertThat(texts(sync.path(entry.getKey()).path("enum"))).contains(entry.getValue().asText());
    }
    JsonNode listData = listOperation(doc).path("responses").path("200").path("content");
    JsonNode dataSchema =
        listData.path("application/json").path("schema").path("properties").path("data");
    assertThat(names(dataSchema.path("properties"))).isEqualTo(names(list.data()));
  }

  @Test
  void theListDocumentsItsFilterSearchSortAndPagingParameters() {
    JsonNode doc = server.get("/openapi.json").json();
    Set<String> documented = new TreeSet<>();
    listOperation(doc).path("parameters").forEach(p -> documented.add(p.path("name").asText()));

    assertThat(documented)
        .contains(
            "status",
            "needsSync",
            "from",
            "to",
            "email",
            "q",
            "sort",
            "direction",
            "limit",
            "cursor");
  }

  private static JsonNode listOperation(JsonNode doc) {
    return doc.path("paths").path("/api/admin/bookings").path("get");
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> texts = new TreeSet<>();
    array.forEach(v -> texts.add(v.asText()));
    return texts;
  }

  private Set<String> registeredRoutes() {
    Set<String> routes = new TreeSet<>();
    for (ParsedEndpoint parsed : server.app.unsafe.internalRouter.allHttpHandlers()) {
      if (parsed.endpoint.method.isHttpMethod()) {
        routes.add(
            parsed.endpoint.method.name().toUpperCase(Locale.ROOT) + " " + parsed.endpoint.path);
      }
    }
    return routes;
  }

  private static Set<String> documentedOperations(JsonNode doc) {
    Set<String> operations = new TreeSet<>();
    for (var path : doc.path("paths").properties()) {
      for (var op : path.getValue().properties()) {
        if (HTTP_METHODS.contains(op.getKey())) {
          operations.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
        }
      }
    }
    return operations;
  }
}
