package com.metalogics.booking.adapter.http;

import static com.metalogics.booking.adapter.http.HostileValues.BAD_CONTENT_TYPES;
import static com.metalogics.booking.adapter.http.HostileValues.BAD_DURATIONS;
import static com.metalogics.booking.adapter.http.HostileValues.BAD_EMAILS;
import static com.metalogics.booking.adapter.http.HostileValues.BAD_IDS;
import static com.metalogics.booking.adapter.http.HostileValues.BAD_INSTANTS;
import static com.metalogics.booking.adapter.http.HostileValues.BAD_NAMES;
import static com.metalogics.booking.adapter.http.HostileValues.BAD_ZONES;
import static com.metalogics.booking.adapter.http.HostileValues.INJECTIONS;
import static com.metalogics.booking.adapter.http.HostileValues.NOT_STRINGS;
import static com.metalogics.booking.adapter.http.HostileValues.jsonString;
import static com.metalogics.booking.adapter.http.HostileValues.pick;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Generates requests that must all be refused, from a seed. Every one carries at least one defect
 * that no valid request has, so none may change the repository.
 */
final class HostileRequests {

  /** One request to send; {@code chunked} sends the body without a Content-Length. */
  record Hostile(
      String label,
      String method,
      String path,
      String contentType,
      byte[] body,
      Map<String, String> headers,
      boolean chunked) {}

  /** HTTP clients refuse control and non-ASCII characters in header values. */
  private static final List<String> HEADER_SAFE_INJECTIONS =
      INJECTIONS.stream()
          .filter(s -> s.chars().allMatch(c -> c >= 0x21 && c < 0x7f || c == ' '))
          .toList();

  private final Random random;
  private final String bookingId;
  private final String manageToken;

  HostileRequests(long seed, String bookingId, String manageToken) {
    this.random = new Random(seed);
    this.bookingId = bookingId;
    this.manageToken = manageToken;
  }

  Hostile next() {
    return switch (random.nextInt(10)) {
      case 0, 1, 2 -> brokenBooking();
      case 3 -> badSlotsQuery();
      case 4, 5 -> badBookingAccess();
      case 6 -> badAdmin();
      case 7 -> wrongMethod();
      case 8 -> unknownPath();
      default -> brokenManage();
    };
  }

  private Hostile brokenBooking() {
    Map<String, String> fields = validFields();
    String label;
    String contentType = "application/json";
    Map<String, String> headers = new LinkedHashMap<>();
    switch (random.nextInt(11)) {
      case 0 -> {
        label = "wrong type";
        fields.put(pick(random, List.of("name", "email", "startTime")), pick(random, NOT_STRINGS));
      }
      case 1 -> {
        label = "bad duration";
        fields.put("duration", pick(random, BAD_DURATIONS));
      }
      case 2 -> {
        label = "bad startTime";
        fields.put("startTime", jsonString(pick(random, BAD_INSTANTS)));
      }
      case 3 -> {
        label = "bad email";
        fields.put("email", jsonString(pick(random, BAD_EMAILS)));
      }
      case 4 -> {
        label = "bad name";
        fields.put("name", jsonString(pick(random, BAD_NAMES)));
      }
      case 5 -> {
        label = "bad zone";
        fields.put("timeZone", jsonString(pick(random, BAD_ZONES)));
      }
      case 6 -> {
        label = "missing field";
        fields.remove(pick(random, List.of("name", "email", "startTime", "duration")));
      }
      case 7 -> {
        label = "too long optional";
        String field = pick(random, List.of("company", "phone", "message"));
        int max = Map.of("company", 200, "phone", 50, "message", 5000).get(field);
        fields.put(field, jsonString("x".repeat(max + 1 + random.nextInt(50))));
      }
      case 8 -> {
        label = "wrong content type";
        contentType = random.nextInt(5) == 0 ? null : pick(random, BAD_CONTENT_TYPES);
      }
      case 9 -> {
        label = "idempotency key too long";
        headers.put("Idempotency-Key", "k".repeat(256 + random.nextInt(100)));
      }
      default -> {
        return malformedBooking();
      }
    }
    sprinkleInjection(fields);
    return new Hostile(label, "POST", "/api/bookings", contentType, json(fields), headers, false);
  }

  private Hostile malformedBooking() {
    String valid = new String(json(validFields()), StandardCharsets.UTF_8);
    byte[] body;
    String label;
    switch (random.nextInt(7)) {
      case 0 -> {
        label = "truncated json";
        body =
            valid
                .substring(0, 1 + random.nextInt(valid.length() - 2))
                .getBytes(StandardCharsets.UTF_8);
      }
      case 1 -> {
        label = "random bytes";
        body = new byte[1 + random.nextInt(200)];
        random.nextBytes(body);
        body[0] = '{';
      }
      case 2 -> {
        label = "not an object";
        body =
            pick(random, List.of("[]", "\"x\"", "42", "null", "true", "[{}]"))
                .getBytes(StandardCharsets.UTF_8);
      }
      case 3 -> {
        label = "duplicate key";
        body = valid.replace("{", "{\"name\":\"Eve\",").getBytes(StandardCharsets.UTF_8);
      }
      case 4 -> {
        label = "deep nesting";
        int depth = 1500 + random.nextInt(3000);
        body =
            ("{\"name\":" + "[".repeat(depth) + "]".repeat(depth) + "}")
                .getBytes(StandardCharsets.UTF_8);
      }
      case 5 -> {
        label = "oversized";
        String pad = "y".repeat(65_536 + random.nextInt(80_000));
        body = valid.replace("{", "{\"message\":\"" + pad + "\",").getBytes(StandardCharsets.UTF_8);
        return new Hostile(
            label,
            "POST",
            "/api/bookings",
            "application/json",
            body,
            Map.of(),
            random.nextBoolean());
      }
      default -> {
        label = "empty body";
        body = new byte[0];
      }
    }
    return new Hostile(label, "POST", "/api/bookings", "application/json", body, Map.of(), false);
  }

  private Hostile badSlotsQuery() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("startDate", "2026-12-01");
    params.put("endDate", "2026-12-03");
    params.put("duration", "30");
    switch (random.nextInt(6)) {
      case 0 -> params.remove(pick(random, List.of("startDate", "endDate", "duration")));
      case 1 ->
          params.put(
              "duration",
              pick(
                  random, List.of("0", "-15", "31", "abc", "1e3", "99999999999999", "30.0", "３０")));
      case 2 ->
          params.put(
              pick(random, List.of("startDate", "endDate")),
              pick(
                  random,
                  List.of(
                      "2026-02-30",
                      "2026-12-02T15:00:00",
                      "tomorrow",
                      "+999999999-12-31",
                      "0000-01-01",
                      "2026-1-1")));
      case 3 ->
          params.put(
              "endDate", pick(random, List.of("2026-11-01", "2027-06-01", "2026-11-30T00:00:00Z")));
      case 4 ->
          params.put(
              pick(random, List.of("startDate", "endDate", "duration")), pick(random, INJECTIONS));
      default -> params.put("duration", "1" + "0".repeat(random.nextInt(400)));
    }
    StringBuilder query = new StringBuilder();
    params.forEach(
        (k, v) ->
            query.append(query.length() == 0 ? "?" : "&").append(k).append('=').append(encode(v)));
    return get("bad slots query", "/api/bookings/available-slots" + query);
  }

  private Hostile badBookingAccess() {
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
  private Hostile brokenManage() {
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
                  "{\"reason\":\"a\",\"reason\":\"b\"}"));
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

  private Hostile badAdmin() {
    Map<String, String> headers = new LinkedHashMap<>();
    boolean withKey = random.nextBoolean();
    if (withKey) {
      headers.put("Authorization", "Bearer " + TestServer.ADMIN_KEY);
      return badAdminWithKey(headers);
    }
    headers.put(
        "Authorization",
        pick(
            random,
            List.of(
                "Bearer nope",
                "Bearer " + TestServer.ADMIN_KEY + "x",
                "bearer" + TestServer.ADMIN_KEY,
                "Basic x")));
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
                    "email=" + "e".repeat(300)));
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
        String email = encode(pick(random, BAD_EMAILS.subList(0, 9)));
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

  private Hostile wrongMethod() {
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

  private Hostile unknownPath() {
    String path =
        pick(
            random,
            List.of(
                "/api",
                "/api/booking",
                "/API/BOOKINGS",
                "/api/bookings/x/y/z",
                "/.env",
                "/admin",
                "/api/bookings/available-slots/extra",
                "/api/admin",
                "/api/admin/limits",
                "/health",
                "/api/bookings/" + bookingId + "/delete",
                "/" + encode(pick(random, INJECTIONS)),
                "/api/" + "a".repeat(2000)));
    return get("unknown path", path);
  }

  private Map<String, String> validFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", "\"Mallory\"");
    fields.put("email", "\"mallory@example.com\"");
    fields.put("startTime", "\"2026-12-04T17:00:00Z\"");
    fields.put("duration", "30");
    fields.put("timeZone", "\"Europe/Paris\"");
    return fields;
  }

  /** Hostile but legal text in a field that accepts any text. */
  private void sprinkleInjection(Map<String, String> fields) {
    if (random.nextBoolean()) {
      fields.putIfAbsent(
          pick(random, List.of("company", "message")), jsonString(pick(random, INJECTIONS)));
    }
  }

  private Hostile get(String label, String path) {
    return new Hostile(label, "GET", path, null, null, Map.of(), false);
  }

  private static byte[] json(Map<String, String> fields) {
    List<String> parts = new ArrayList<>();
    fields.forEach((k, v) -> parts.add("\"" + k + "\":" + v));
    return ("{" + String.join(",", parts) + "}").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
