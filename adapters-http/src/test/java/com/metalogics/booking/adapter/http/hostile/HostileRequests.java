package com.metalogics.booking.adapter.http.hostile;

import static com.metalogics.booking.adapter.http.hostile.HostileValues.BAD_CONTENT_TYPES;
import static com.metalogics.booking.adapter.http.hostile.HostileValues.BAD_DURATIONS;
import static com.metalogics.booking.adapter.http.hostile.HostileValues.BAD_EMAILS;
import static com.metalogics.booking.adapter.http.hostile.HostileValues.BAD_INSTANTS;
import static com.metalogics.booking.adapter.http.hostile.HostileValues.BAD_NAMES;
import static com.metalogics.booking.adapter.http.hostile.HostileValues.BAD_ZONES;
import static com.metalogics.booking.adapter.http.hostile.HostileValues.CONTROL_TEXTS;
import static com.metalogics.booking.adapter.http.hostile.HostileValues.INJECTIONS;
import static com.metalogics.booking.adapter.http.hostile.HostileValues.NOT_STRINGS;
import static com.metalogics.booking.adapter.http.hostile.HostileValues.jsonString;
import static com.metalogics.booking.adapter.http.hostile.HostileValues.pick;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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

  private final Random random;
  private final HostileAccess access;

  HostileRequests(long seed, String bookingId, String manageToken, String adminKey) {
    this.random = new Random(seed);
    this.access = new HostileAccess(random, bookingId, manageToken, adminKey);
  }

  Hostile next() {
    return switch (random.nextInt(10)) {
      case 0, 1, 2 -> brokenBooking();
      case 3 -> badSlotsQuery();
      case 4, 5 -> access.badBookingAccess();
      case 6 -> access.badAdmin();
      case 7 -> access.wrongMethod();
      case 8 -> access.unknownPath();
      default -> access.brokenManage();
    };
  }

  private Hostile brokenBooking() {
    Map<String, String> fields = validFields();
    String label;
    String contentType = "application/json";
    Map<String, String> headers = new LinkedHashMap<>();
    switch (random.nextInt(12)) {
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
      case 10 -> {
        label = "control characters";
        String field =
            pick(random, List.of("name", "email", "company", "phone", "message", "timeZone"));
        String text = pick(random, CONTROL_TEXTS);
        fields.put(field, jsonString(field.equals("email") ? text + "@example.org" : text));
        return new Hostile(
            label, "POST", "/api/bookings", contentType, json(fields), headers, false);
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
    switch (random.nextInt(7)) {
      case 0 -> params.remove(pick(random, List.of("startDate", "endDate", "duration")));
      case 5 -> {
        String param = pick(random, List.of("startDate", "endDate", "duration"));
        params.put(param, params.get(param) + pick(random, CONTROL_TEXTS));
      }
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

  private Map<String, String> validFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", "\"Mallory\"");
    fields.put("email", "\"mallory@example.com\"");
    fields.put("startTime", "\"2026-12-04T17:00:00Z\"");
    fields.put("duration", "30");
    fields.put("timeZone", "\"Europe/Paris\"");
    return fields;
  }

  /** Hostile text in a field that accepts almost any text, on a request refused anyway. */
  private void sprinkleInjection(Map<String, String> fields) {
    if (random.nextBoolean()) {
      fields.putIfAbsent(
          pick(random, List.of("company", "message")), jsonString(pick(random, INJECTIONS)));
    }
  }

  static Hostile get(String label, String path) {
    return new Hostile(label, "GET", path, null, null, Map.of(), false);
  }

  private static byte[] json(Map<String, String> fields) {
    List<String> parts = new ArrayList<>();
    fields.forEach((k, v) -> parts.add("\"" + k + "\":" + v));
    return ("{" + String.join(",", parts) + "}").getBytes(StandardCharsets.UTF_8);
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
