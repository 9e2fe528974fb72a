package com.metalogics.booking.adapter.http.internal;

import com.metalogics.booking.adapter.http.Readiness;
import com.metalogics.booking.core.port.out.HealthStatus;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Health probes, Prometheus metrics and the OpenAPI document. */
public final class OpsRoutes {

  public static final String OPENAPI_RESOURCE = "/com/metalogics/booking/adapter/http/openapi.json";

  private static final Logger log = LoggerFactory.getLogger(OpsRoutes.class);

  private final Readiness readiness;
  private final PrometheusMeterRegistry registry;
  private final Auth auth;
  private final boolean metricsPublic;
  private final byte[] openApi;

  public OpsRoutes(
      Readiness readiness, PrometheusMeterRegistry registry, Auth auth, boolean metricsPublic) {
    this.readiness = readiness;
    this.registry = registry;
    this.auth = auth;
    this.metricsPublic = metricsPublic;
    this.openApi = loadOpenApi();
  }

  record Health(String status, Map<String, HealthStatus> components) {}

  /** Components whose outage the booking flow degrades around instead of failing. */
  private static final java.util.Set<String> DEGRADABLE =
      java.util.Set.of("calendar", "crm", "sms");

  public void live(Context ctx) {
    Envelope.ok(ctx, new Health("UP", Map.of()));
  }

  /**
   * 200 unless a component the service cannot work without is down; a probe that throws counts as
   * down. Bookings go on while the calendar or the CRM is down (they are flagged for sync), so
   * those only make the status DEGRADED: taking every instance out of a load balancer because
   * Google is down would turn a degraded service into an outage.
   */
  public void ready(Context ctx) {
    Map<String, HealthStatus> components;
    try {
      components = new TreeMap<>(readiness.check());
    } catch (RuntimeException e) {
      log.warn("readiness check failed", e);
      components = Map.of("readiness", HealthStatus.DOWN);
    }
    boolean ready =
        components.entrySet().stream()
            .noneMatch(c -> c.getValue() == HealthStatus.DOWN && !DEGRADABLE.contains(c.getKey()));
    boolean degraded =
        components.values().stream()
            .anyMatch(v -> v == HealthStatus.DOWN || v == HealthStatus.DEGRADED);
    String status = !ready ? "DOWN" : degraded ? "DEGRADED" : "UP";
    Envelope.write(ctx, ready ? 200 : 503, new Envelope(ready, new Health(status, components)));
  }

  public void metrics(Context ctx) {
    if (!metricsPublic) {
      auth.requireAdmin(ctx);
    }
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
  }

  public void openApi(Context ctx) {
    ctx.contentType("application/json").result(openApi);
  }

  private static byte[] loadOpenApi() {
    try (InputStream in = OpsRoutes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("OpenAPI document missing: " + OPENAPI_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
