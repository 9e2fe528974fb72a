package com.metalogics.booking.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.metalogics.booking.core.application.BookingEngine;
import com.metalogics.booking.core.application.CalendarFailureMode;
import com.metalogics.booking.core.contract.MutableClock;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.ReminderChannel;
import com.metalogics.booking.core.inmemory.Disabled;
import com.metalogics.booking.core.inmemory.InMemoryBookingRepository;
import com.metalogics.booking.core.inmemory.InMemoryCalendar;
import com.metalogics.booking.core.inmemory.InMemoryCatalogRepository;
import com.metalogics.booking.core.inmemory.InMemoryCrm;
import com.metalogics.booking.core.inmemory.RecordingNotifier;
import com.metalogics.booking.core.inmemory.RecordingReminderSender;
import com.metalogics.booking.core.port.out.HealthStatus;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

/**
 * The real API on 127.0.0.1, port 0, over a core engine on the in-memory adapters, with a clock the
 * test moves. Calls go through java.net.http.HttpClient.
 */
final class TestServer implements AutoCloseable {

  static final String ADMIN_KEY = "test-admin-key-0123456789";

  /** Monday noon UTC: the next business days are 2026-12-01 to 2026-12-04 (New York). */
  static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  /** Wednesday 2026-12-02 10:00 in New York. */
  static final Instant SLOT = Instant.parse("2026-12-02T15:00:00Z");

  static final ObjectMapper JSON = new ObjectMapper();

  final MutableClock clock = new MutableClock(NOW);
  final InMemoryBookingRepository repository = new InMemoryBookingRepository();
  final InMemoryCatalogRepository catalog = new InMemoryCatalogRepository(clock);
  final InMemoryCalendar calendar = new InMemoryCalendar();
  final InMemoryCrm crm = new InMemoryCrm();
  final RecordingNotifier notifier = new RecordingNotifier();
  final RecordingReminderSender mailReminders = new RecordingReminderSender(ReminderChannel.EMAIL);
  final RecordingReminderSender smsReminders = new RecordingReminderSender(ReminderChannel.SMS);
  final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  final Map<String, HealthStatus> health = new HashMap<>();
  final Javalin app;
  final BookingEngine engine;
  final HttpClient client;
  final String base;

  TestServer(HttpConfig config) {
    this(config, CalendarFailureMode.DEGRADE);
  }

  TestServer(HttpConfig config, CalendarFailureMode calendarMode) {
    this(config, calendarMode, true);
  }

  /** With {@code integrationsOn} false, the calendar, CRM and mail are the disabled stand-ins. */
  private TestServer(HttpConfig config, CalendarFailureMode calendarMode, boolean integrationsOn) {
    this(config, calendarMode, integrationsOn, CalendarHooks.none());
  }

  private TestServer(
      HttpConfig config,
      CalendarFailureMode calendarMode,
      boolean integrationsOn,
      CalendarHooks calendars) {
    health.put("database", HealthStatus.UP);
    health.put("calendar", HealthStatus.UP);
    health.put("crm", HealthStatus.UP);
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) 7);
    engine =
        BookingEngine.builder()
            .repository(repository)
            .catalog(catalog)
            .calendar(integrationsOn ? calendar : Disabled.calendar())
            .crm(integrationsOn ? crm : Disabled.crm())
            .notifier(integrationsOn ? notifier : Disabled.notifier())
            .rules(BookingRules.defaults())
            .clock(clock)
            .manageTokenSecret(secret)
            .calendarFailureMode(calendarMode)
            .reminderSender(mailReminders)
            .reminderSender(smsReminders)
            .executor(Executors.newCachedThreadPool(daemon()))
            .build();
    app = HttpApi.create(engine, config, () -> Map.copyOf(health), registry, clock, calendars);
    app.start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** An admin-enabled server with these real-time calendar parts. */
  static TestServer withCalendarHooks(CalendarHooks calendars) {
    return new TestServer(adminConfig(), CalendarFailureMode.DEGRADE, true, calendars);
  }

  static TestServer withAdmin() {
    return new TestServer(adminConfig());
  }

  /** An admin-enabled server whose calendar, CRM and mail are switched off. */
  static TestServer withAdminAndIntegrationsOff() {
    return new TestServer(adminConfig(), CalendarFailureMode.DEGRADE, false);
  }

  private static HttpConfig adminConfig() {
    return new HttpConfig(Optional.of(ADMIN_KEY), 65_536, 0, java.util.List.of(), true);
  }

  /** One answer: status, headers and the body parsed as JSON where it is JSON. */
  record Answer(int status, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return JSON.readTree(raw.body());
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + raw.body(), e);
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    String errorCode() {
      return json().path("error").path("code").asText();
    }

    JsonNode data() {
      return json().path("data");
    }
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
  }

  Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Answer get(String path, String... headers) {
    return send(withHeaders(request(path).GET(), headers).build());
  }

  Answer post(String path, String json, String... headers) {
    HttpRequest.Builder b =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    return send(withHeaders(b, headers).build());
  }

  Answer method(String method, String path, String contentType, String body, String... headers) {
    HttpRequest.Builder b =
        request(path)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(withHeaders(b, headers).build());
  }

  static String bearer(String token) {
    return "Bearer " + token;
  }

  /** A valid booking request for {@code start}. */
  static String bookingJson(String email, Instant start, int minutes) {
    return "{\"name\":\"Ada Lovelace\",\"email\":\""
        + email
        + "\",\"startTime\":\""
        + start
        + "\",\"duration\":"
        + minutes
        + ",\"company\":\"Analytical Engines\",\"phone\":\"+44 20 7946 0958\",\"timeZone\":"
        + "\"Europe/London\"}";
  }

  private static HttpRequest.Builder withHeaders(HttpRequest.Builder b, String... headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b;
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return task -> {
      Thread thread = new Thread(task, "test-mirror");
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    app.stop();
  }
}
