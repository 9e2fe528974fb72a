package com.metalogics.booking.adapter.http.hostile;

import static com.metalogics.booking.adapter.http.hostile.HostileRequests.bytes;
import static com.metalogics.booking.adapter.http.hostile.HostileRequests.encode;
import static com.metalogics.booking.adapter.http.hostile.HostileRequests.get;
import static com.metalogics.booking.adapter.http.hostile.HostileValues.BAD_CONTENT_TYPES;
import static com.metalogics.booking.adapter.http.hostile.HostileValues.BAD_DURATIONS;
import static com.metalogics.booking.adapter.http.hostile.HostileValues.BAD_EMAILS;
import static com.metalogics.booking.adapter.http.hostile.HostileValues.BAD_IDS;
import static com.metalogics.booking.adapter.http.hostile.HostileValues.BAD_INSTANTS;
import static com.metalogics.booking.adapter.http.hostile.HostileValues.CONTROL_TEXTS;
import static com.metalogics.booking.adapter.http.hostile.HostileValues.INJECTIONS;
import static com.metalogics.booking.adapter.http.hostile.HostileValues.NOT_STRINGS;
import static com.metalogics.booking.adapter.http.hostile.HostileValues.jsonString;
import static com.metalogics.booking.adapter.http.hostile.HostileValues.pick;

import com.metalogics.booking.adapter.http.hostile.HostileRequests.Hostile;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** Hostile requests against the booking, admin and unknown routes: ids, tokens, keys, methods. */
final class HostileAccess {

  /** HTTP clients refuse control and non-ASCII characters in header values. */
  private static final List<String> HEADER_SAFE_INJECTIONS =
      INJECTIONS.stream()
          .filter(s -> s.chars().allMatch(c -> c >= 0x21 && c < 0x7f || c == ' '))
          .toList();

  private final Random random;
  private final String bookingId;
  private final String manageToken;
  private final String adminKey;

  HostileAccess(Random random, String bookingId, String manageToken, String adminKey) {
    this.random = random;
    this.bookingId = bookingId;
    this.manageToken = manageToken;
    this.adminKey = adminKey;
  }

  Hostile badBookingAccess() {
    String id;
    Map<String, String> headers = new LinkedHashMap<>();
    switch (random.nextInt(4)) {
      case 0 -> id = pick(random, BAD_IDS);
      case 1 -> id = UUID.randomUUID().toString();
      default -> {
        id = bookingId;
        String auth =
            pick(
                random,
                List.of(
                    "Bearer " + manageToken + "x",
                    "Bearer wrong",
                    "Basic " + manageToken,
                    "Bearer",
                    manageToken,
                    "Bearer " + pick(random, HEADER_SAFE_INJECTIONS)));
        headers.put("Authorization", auth);
      }
    }
    if (!headers.containsKey("Authorization") && random.nextBoolean()) {
      headers.put("Authorization", "Bearer " + manageToken);
    }
    String suffix = pick(random, List.of("", "/cancel", "/reschedule"));
    String method = suffix.isEmpty() ? "GET" : "POST";
    byte[] body =
        suffix.isEmpty()
            ? null
            : "{\"startTime\":\"2026-12-03T15:00:00Z\"}".getBytes(StandardCharsets.UTF_8);
    return new Hostile(
        "bad access",
        method,
        "/api/bookings/" + id + suffix,
        body == null ? null : "application/json",
        body,
        headers,
        false);
  }

  /** The real booking with its real token, but a body that must be refused. */
  Hostile brokenManage() {
    Map<String, String> headers = Map.of("Authorization", "Bearer " + manageToken);
    if (random.nextBoolean()) {
      String body =
          pick(
              random,
              List.of(
                  "{\"reason\":42}",
                  "{\"reason\":[\"a\"]}",
                  "{\"reason\":" + jsonString("r".repeat(5001)) + "}",
                  "{\"reason\":",
                  "[]",
                  "{\"reason\":\"a\",\"reason\":\"b\"}",
                  "{\"reason\":" + jsonString(pick(random, CONTROL_TEXTS)) + "}"));
      return new Hostile(
          "bad cancel",
          "POST",
          "/api/bookings/" + bookingId + "/cancel",
          "application/json",
          bytes(body),
          headers,
          false);
    }
    String body =
        random.nextInt(4) == 0
            ? "{\"startTime\":\"2026-12-03T15:00:00Z\",\"duration\":"
                + pick(random, BAD_DURATIONS)
                + "}"
            : "{\"startTime\":"
                + (random.nextBoolean()
                    ? pick(random, NOT_STRINGS)
                    : jsonString(pick(random, BAD_INSTANTS)))
                + "}";
    String type = random.nextInt(6) == 0 ? pick(random, BAD_CONTENT_TYPES) : "application/json";
    return new Hostile(
        "bad reschedule",
        "POST",
        "/api/bookings/" + bookingId + "/reschedule",
        type,
        bytes(body),
        headers,
        false);
  }

  Hostile badAdmin() {
    Map<String, String> headers = new LinkedHashMap<>();
    boolean withKey = random.nextBoolean();
    if (withKey) {
      headers.put("Authorization", "Bearer " + adminKey);
      return badAdminWithKey(headers);
    }
    headers.put(
        "Authorization",
        pick(
            random,
            List.of("Bearer nope", "Bearer " + adminKey + "x", "bearer" + adminKey, "Basic x")));
    List<String[]> routes =
        List.of(
            new String[] {"GET", "/api/admin/bookings"},
            new String[] {"POST", "/api/admin/sync"},
            new String[] {"POST", "/api/admin/bookings/" + bookingId + "/sync"},
            new String[] {"GET", "/api/admin/limits/a@example.com"},
            new String[] {"DELETE", "/api/admin/limits/a@example.com"});
    String[] route = pick(random, routes);
    return new Hostile("admin without key", route[0], route[1], null, null, headers, false);
  }

  private Hostile badAdminWithKey(Map<String, String> headers) {
    switch (random.nextInt(4)) {
      case 0 -> {
        String query =
            pick(
                random,
                List.of(
                    "limit=0",
                    "limit=201",
                    "limit=abc",
                    "limit=-1",
                    "limit=99999999999",
                    "status=foo",
                    "needsSync=maybe",
                    "from=yesterday",
                    "to=2026-02-30",
                    "cursor=garbage",
                    "cursor=" + encode(pick(random, INJECTIONS)),
                    "email=" + "e".repeat(300),
                    "email=" + encode("a\u0000b@example.org"),
                    "email=" + encode(pick(random, CONTROL_TEXTS)),
                    "status=" + encode("CONFIRMED\u0000"),
                    "from=" + encode("2026-12-01\u0000")));
        return new Hostile(
            "admin bad list", "GET", "/api/admin/bookings?" + query, null, null, headers, false);
      }
      case 1 -> {
        String id = random.nextBoolean() ? pick(random, BAD_IDS) : UUID.randomUUID().toString();
        return new Hostile(
            "admin sync unknown",
            "POST",
            "/api/admin/bookings/" + id + "/sync",
            null,
            null,
            headers,
            false);
      }
      case 2 -> {
        String email =
            encode(
                random.nextInt(4) == 0
                    ? "a\u0000b@example.org"
                    : pick(random, BAD_EMAILS.subList(0, 9)));
        String method = pick(random, List.of("GET", "DELETE", "PUT"));
        byte[] body = method.equals("PUT") ? bytes("{\"maxBookings\":3}") : null;
        return new Hostile(
            "admin bad email",
            method,
            "/api/admin/limits/" + email,
            body == null ? null : "application/json",
            body,
            headers,
            false);
      }
      default -> {
        String body =
            pick(
                random,
                List.of(
                    "{\"maxBookings\":-1}",
                    "{\"maxBookings\":10001}",
                    "{\"maxBookings\":\"5\"}",
                    "{\"maxBookings\":1.5}",
                    "{\"maxBookings\":1e400}",
                    "{}",
                    "{\"maxBookings\":",
                    "[]"));
        return new Hostile(
            "admin bad limit",
            "PUT",
            "/api/admin/limits/limit@example.com",
            "application/json",
            bytes(body),
            headers,
            false);
      }
    }
  }

  Hostile wrongMethod() {
    String[] pair =
        pick(
            random,
            List.of(
                new String[] {"PATCH", "/api/bookings"},
                new String[] {"GET", "/api/bookings"},
                new String[] {"DELETE", "/api/bookings"},
                new String[] {"POST", "/api/bookings/available-slots"},
                new String[] {"PUT", "/api/bookings/" + bookingId},
                new String[] {"DELETE", "/api/bookings/" + bookingId},
                new String[] {"GET", "/api/bookings/" + bookingId + "/cancel"},
                new String[] {"PUT", "/api/bookings/" + bookingId + "/reschedule"},
                new String[] {"GET", "/api/admin/sync"},
                new String[] {"POST", "/health/live"},
                new String[] {"DELETE", "/metrics"},
                new String[] {"POST", "/openapi.json"},
                new String[] {"PATCH", "/api/admin/limits/a@example.com"},
                new String[] {"POST", "/api/admin/bookings"}));
    return new Hostile(
        "wrong method", pair[0], pair[1], "application/json", bytes("{}"), Map.of(), false);
  }

  Hostile unknownPath() {
    String path =
        pick(
            random,
            List.of(
                "/api",
                "/api/booking",
                "/API/BOOKINGS",
                "/api/bookings/x/y/z",
                "/.env",
                "/wp-admin",
                "/api/bookings/available-slots/extra",
                "/api/admin",
                "/api/admin/limits",
                "/health",
                "/api/bookings/" + bookingId + "/delete",
                "/" + encode(pick(random, INJECTIONS)),
                "/api/" + "a".repeat(2000)));
    return get("unknown path", path);
  }
}
