package com.metalogics.booking.adapter.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.metalogics.booking.core.domain.BusinessHours;
import com.metalogics.booking.core.domain.SlotSeries;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.in.AvailableSlots;
import com.metalogics.booking.core.port.in.Warning;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SlotsJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void givenRandomInstants_wholeSecondPrinting_matchesIsoInstant() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    byte[] buffer = new byte[20];
    long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    for (int i = 0; i < 100_000; i++) {
      Instant instant = Instant.ofEpochSecond(min + Math.floorMod(random.nextLong(), max - min));
      assertThat(SlotsJson.printWholeSeconds(instant, buffer)).as("seed %d", seed).isTrue();
      assertThat(new String(buffer, StandardCharsets.US_ASCII))
          .as("seed %d", seed)
          .isEqualTo(DateTimeFormatter.ISO_INSTANT.format(instant));
    }
  }

  @Test
  void givenFractionOrFarYear_wholeSecondPrinting_leavesItToIsoInstant() {
    byte[] buffer = new byte[20];
    assertThat(SlotsJson.printWholeSeconds(Instant.parse("2026-12-01T14:00:00.5Z"), buffer))
        .isFalse();
    assertThat(SlotsJson.printWholeSeconds(Instant.parse("+10000-01-01T00:00:00Z"), buffer))
        .isFalse();
    assertThat(SlotsJson.printWholeSeconds(Instant.parse("-0001-12-31T23:59:59Z"), buffer))
        .isFalse();
  }

  @Test
  void givenSlotsAndWarning_written_isTheEnvelopeOfTheSeed() throws Exception {
    BusinessHours hours =
        new BusinessHours(
            EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
            9,
            17,
            ZoneId.of("America/New_York"));
    AvailableSlots slots =
        new AvailableSlots(
            List.of(
                TimeSlot.of(Instant.parse("2026-12-01T14:00:00Z"), Duration.ofMinutes(30)),
                TimeSlot.of(Instant.parse("2026-12-01T14:30:00.25Z"), Duration.ofMinutes(30))),
            Duration.ofMinutes(30),
            hours,
            List.of(Warning.CALENDAR_UNAVAILABLE));

    byte[] written = new SlotsJson().write(slots);

    JsonNode expected =
        JSON.readTree(
            "{\"success\":true,\"data\":{\"slots\":["
                + "{\"startTime\":\"2026-12-01T14:00:00Z\",\"endTime\":\"2026-12-01T14:30:00Z\","
                + "\"duration\":30},"
                + "{\"startTime\":\"2026-12-01T14:30:00.250Z\","
                + "\"endTime\":\"2026-12-01T15:00:00.250Z\",\"duration\":30}],"
                + "\"businessHours\":{\"daysOfWeek\":[0,1,6],\"startHour\":9,\"endHour\":17,"
                + "\"timeZone\":\"America/New_York\"},"
                + "\"warnings\":[\"CALENDAR_UNAVAILABLE\"]}}");
    assertThat(JSON.readTree(written)).isEqualTo(expected);
    assertThat(new String(written, StandardCharsets.UTF_8))
        .startsWith("{\"success\":true,\"data\":{\"slots\":[{\"startTime\":");
  }

  @Test
  void givenASlotSeries_written_isTheSameAsFromItsSlotObjects() {
    long minute = 60_000_000_000L;
    long start = Instant.parse("2026-12-01T14:00:00Z").getEpochSecond() * 1_000_000_000L;
    SlotSeries series =
        SlotSeries.ofEpochNanos(
            new long[] {start, start + 30 * minute, start + 60 * minute + 250_000_000L},
            3,
            30 * minute);
    BusinessHours hours =
        new BusinessHours(EnumSet.of(DayOfWeek.MONDAY), 9, 17, ZoneId.of("Europe/Berlin"));
    Duration length = Duration.ofMinutes(30);

    byte[] fromNumbers =
        new SlotsJson().write(new AvailableSlots(series, length, hours, List.of()));
    byte[] fromObjects =
        new SlotsJson().write(new AvailableSlots(List.copyOf(series), length, hours, List.of()));

    assertThat(new String(fromNumbers, StandardCharsets.US_ASCII))
        .isEqualTo(new String(fromObjects, StandardCharsets.US_ASCII))
        .contains("\"startTime\":\"2026-12-01T15:00:00.250Z\"");
  }

  @Test
  void givenMoreConcurrentWritersThanTurns_everyAnswer_isWhole() throws Exception {
    SlotsJson json = new SlotsJson(2);
    BusinessHours hours = new BusinessHours(EnumSet.of(DayOfWeek.MONDAY), 9, 17, ZoneId.of("UTC"));
    List<AvailableSlots> answers = new ArrayList<>();
    for (int n = 1; n <= 8; n++) {
      long[] starts = new long[n * 50];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = (n * 1_000_000L + i) * 60_000_000_000L;
      }
      answers.add(
          new AvailableSlots(
              SlotSeries.ofEpochNanos(starts, starts.length, 60_000_000_000L),
              Duration.ofMinutes(1),
              hours,
              List.of()));
    }
    List<byte[]> expected = answers.stream().map(a -> new SlotsJson().write(a)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> checks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int which = t;
        checks.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 200; round++) {
                    int k = (which + round) % answers.size();
                    if (!Arrays.equals(json.write(answers.get(k)), expected.get(k))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> check : checks) {
        assertThat(check.get(30, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
