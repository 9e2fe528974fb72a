package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.adapter.twilio.fake.FakeTwilio;
import com.metalogics.booking.core.contract.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service is killed (SIGKILL) while Twilio has taken its SMS reminders but not yet answered:
 * the restarted service finds those at Twilio by their reference and sends only the others, so no
 * attendee gets a reminder twice and none goes missing.
 */
class ReminderCrashEndToEndTest {

  private static final int BOOKINGS = 6;
  private static final String ADMIN_KEY = "reminder-crash-admin-key";
  private static final Map<String, String> ADMIN = ApiClient.bearer(ADMIN_KEY);
  private static final Duration WAIT_LIMIT = Duration.ofSeconds(60);
  private static final Pattern REFERENCE = Pattern.compile("Ref [0-9A-F]{10}");
  private static final String DAYS = "MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY";

  @TempDir Path dir;

  private final FakeTwilio twilio = FakeTwilio.start();

  @AfterEach
  void stop() {
    twilio.close();
  }

  @Test
  void givenAProcessKilledWhileTwilioHoldsItsAnswers_theRestartedOneSendsEachSmsOnce()
      throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Map<String, String> env = environment();
    List<String> ids = bookWithSmsReminders(env, now);
    Instant lastDue = firstStart(now).plus(Duration.ofMinutes(10L * (BOOKINGS - 1)));
    long offset = Duration.between(now, lastDue.minus(Duration.ofDays(1))).toSeconds() + 30;
    twilio.holdSends();

    try (ServiceProcess first = ServiceProcess.start(env, offset, dir)) {
      await(() -> twilio.held() >= 2);
      first.kill();
    }
    twilio.releaseHeld();
    int sentBeforeKill = twilio.messages().size();
    assertThat(sentBeforeKill).as("sent before the kill").isBetween(2, BOOKINGS - 1);

    // Past the claim lease and the written-down attempts of the killed process.
    try (ServiceProcess second = ServiceProcess.start(env, offset + 180, dir)) {
      ApiClient api = new ApiClient(second.port());
      await(() -> ids.stream().allMatch(id -> smsDone(api, id)));
    }

    List<FakeTwilio.Message> messages = twilio.messages();
    assertThat(messages).hasSize(BOOKINGS);
    Set<String> numbers = new HashSet<>();
    Set<String> references = new HashSet<>();
    for (FakeTwilio.Message sms : messages) {
      numbers.add(sms.to());
      Matcher ref = REFERENCE.matcher(sms.body());
      assertThat(ref.find()).isTrue();
      references.add(ref.group());
    }
    assertThat(numbers).hasSize(BOOKINGS);
    assertThat(references).hasSize(BOOKINGS);
  }

  private Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", "jdbc:h2:file:" + dir.resolve("booking"));
    env.put("ADMIN_API_KEY", ADMIN_KEY);
    env.put("SYNC_INTERVAL_SECONDS", "1");
    env.put("TWILIO_ACCOUNT_SID", FakeTwilio.ACCOUNT_SID);
    env.put("TWILIO_AUTH_TOKEN", FakeTwilio.AUTH_TOKEN);
    env.put("TWILIO_FROM", FakeTwilio.FROM);
    env.put("TWILIO_BASE_URL", twilio.baseUrl().toString());
    env.put("TWILIO_TIMEOUT_MS", "15000");
    return env;
  }

  /** 10-minute slots from a day and a few minutes ahead, on the schedule's 10-minute grid. */
  private static Instant firstStart(Instant now) {
    Instant ahead = now.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(5));
    long grid = Duration.ofMinutes(10).toSeconds();
    return Instant.ofEpochSecond((ahead.getEpochSecond() / grid + 1) * grid);
  }

  /** A type reminding by SMS a day before, booked by an instance whose clock stands at now. */
  private static List<String> bookWithSmsReminders(Map<String, String> env, Instant now) {
    List<String> ids = new ArrayList<>();
    try (Application app = Application.start(ConfigLoader.load(env), new MutableClock(now))) {
      ApiClient api = new ApiClient(app.port());
      StringBuilder weekly = new StringBuilder();
      for (String day : DAYS.split(" ")) {
        weekly.append(weekly.length() == 0 ? "" : ",");
        weekly.append("\"").append(day).append("\":[{\"from\":\"00:00\",\"to\":\"24:00\"}]");
      }
      ok(
          api.put(
              "/api/admin/schedules/always",
              "{\"name\":\"Always\",\"timeZone\":\"UTC\",\"weekly\":{" + weekly + "}}",
              ADMIN));
      ok(
          api.put(
              "/api/admin/hosts/pinger",
              "{\"name\":\"Pinger\",\"email\":\"pinger@example.com\",\"timeZone\":\"UTC\","
                  + "\"scheduleId\":\"always\"}",
              ADMIN));
      ok(
          api.put(
              "/api/admin/event-types/texted",
              "{\"title\":\"Texted\",\"durations\":[10],\"hosts\":[\"pinger\"],"
                  + "\"reminders\":[{\"channel\":\"SMS\",\"offsetMinutes\":1440}]}",
              ADMIN));
      for (int i = 0; i < BOOKINGS; i++) {
        Instant start = firstStart(now).plus(Duration.ofMinutes(10L * i));
        String booking =
            ("{\"name\":\"Guest\",\"email\":\"guest%d@example.com\",\"startTime\":\"%s\","
                    + "\"duration\":10,\"eventType\":\"texted\",\"phone\":\"+41 44 668 11 %02d\"}")
                .formatted(i, start, i);
        ApiClient.Reply reply = api.post("/api/bookings", booking, Map.of());
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        ids.add(reply.data().path("booking").path("id").asText());
      }
    }
    return ids;
  }

  private static void ok(ApiClient.Reply reply) {
    assertThat(reply.status()).as(reply.body().toString()).isBetween(200, 201);
  }

  private static boolean smsDone(ApiClient api, String id) {
    for (JsonNode effect :
        api.get("/api/admin/bookings/" + id + "/effects", ADMIN).data().path("effects")) {
      if (effect.path("kind").asText().equals("REMINDER_SMS")) {
        return effect.path("state").asText().equals("DONE");
      }
    }
    return false;
  }

  /** Polls {@code condition} until it holds, failing after {@link #WAIT_LIMIT}. */
  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met in time").isLessThan(deadline);
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }
}
