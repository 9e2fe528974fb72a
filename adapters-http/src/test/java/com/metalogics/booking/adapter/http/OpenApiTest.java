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
