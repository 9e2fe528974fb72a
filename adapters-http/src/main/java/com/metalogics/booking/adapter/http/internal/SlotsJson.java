package com.metalogics.booking.adapter.http.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.metalogics.booking.core.domain.BusinessHours;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.in.AvailableSlots;
import com.metalogics.booking.core.port.in.Warning;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The available-slots answer, {@code {"success": true, "data": {"slots": [...], "businessHours":
 * {...}, "warnings": [...]}}}, written straight to bytes. A 30-day answer holds hundreds of
 * instants; going through DTOs and Jackson's Instant serializer spent most of the request in
 * DateTimeFormatter, so instants on whole seconds are printed digit by digit here.
 */
final class SlotsJson {

  private static final int SECONDS_PER_DAY = 86_400;
  private static final int ISO_SECONDS_LENGTH = 20;

  /** The printed instant in its quotes: a JSON string with nothing to escape. */
  private static final int QUOTED_LENGTH = ISO_SECONDS_LENGTH + 2;

  /** Writing needs none of the mapper's settings: the generator alone does. */
  private final JsonFactory factory = new JsonFactory();

  byte[] write(AvailableSlots available) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 + available.slots().size() * 80);
    try (JsonGenerator json = factory.createGenerator(out)) {
      json.writeStartObject();
      json.writeBooleanField("success", true);
      json.writeObjectFieldStart("data");
      writeSlots(json, available);
      writeHours(json, available.businessHours());
      json.writeArrayFieldStart("warnings");
      for (Warning warning : available.warnings()) {
        json.writeString(warning.name());
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  private static void writeSlots(JsonGenerator json, AvailableSlots available) throws IOException {
    long minutes = available.duration().toMinutes();
    char[] buffer = new char[QUOTED_LENGTH];
    buffer[0] = '"';
    buffer[QUOTED_LENGTH - 1] = '"';
    json.writeArrayFieldStart("slots");
    for (TimeSlot slot : available.slots()) {
      json.writeStartObject();
      json.writeFieldName("startTime");
      writeInstant(json, slot.start(), buffer);
      json.writeFieldName("endTime");
      writeInstant(json, slot.end(), buffer);
      json.writeNumberField("duration", minutes);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** Days of the week as the seed numbers them: 0 is Sunday. */
  private static void writeHours(JsonGenerator json, BusinessHours hours) throws IOException {
    json.writeObjectFieldStart("businessHours");
    json.writeArrayFieldStart("daysOfWeek");
    for (int seedDay = 0; seedDay < 7; seedDay++) {
      if (hours.days().contains(DayOfWeek.of(seedDay == 0 ? 7 : seedDay))) {
        json.writeNumber(seedDay);
      }
    }
    json.writeEndArray();
    json.writeNumberField("startHour", hours.startHour());
    json.writeNumberField("endHour", hours.endHour());
    json.writeStringField("timeZone", hours.zone().getId());
    json.writeEndObject();
  }

  /**
   * Digits, dashes, colons, T and Z need no escaping, so the quoted text goes out as a raw value:
   * the generator's escaping check of every character was most of the answer's writing time.
   */
  private static void writeInstant(JsonGenerator json, Instant instant, char[] quoted)
      throws IOException {
    if (printWholeSeconds(instant, quoted, 1)) {
      json.writeRawValue(quoted, 0, QUOTED_LENGTH);
    } else {
      json.writeString(DateTimeFormatter.ISO_INSTANT.format(instant));
    }
  }

  /**
   * Prints {@code instant} as ISO_INSTANT does ({@code 2026-12-01T14:00:00Z}) when it falls on a
   * whole second of a four-digit year; false leaves the rarer cases to ISO_INSTANT itself.
   */
  static boolean printWholeSeconds(Instant instant, char[] into) {
    return printWholeSeconds(instant, into, 0);
  }

  private static boolean printWholeSeconds(Instant instant, char[] into, int at) {
    if (instant.getNano() != 0) {
      return false;
    }
    long seconds = instant.getEpochSecond();
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
    if (date.getYear() < 0 || date.getYear() > 9999) {
      return false;
    }
    int ofDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
    digits(into, at, date.getYear(), 4);
    into[at + 4] = '-';
    digits(into, at + 5, date.getMonthValue(), 2);
    into[at + 7] = '-';
    digits(into, at + 8, date.getDayOfMonth(), 2);
    into[at + 10] = 'T';
    digits(into, at + 11, ofDay / 3600, 2);
    into[at + 13] = ':';
    digits(into, at + 14, ofDay / 60 % 60, 2);
    into[at + 16] = ':';
    digits(into, at + 17, ofDay % 60, 2);
    into[at + 19] = 'Z';
    return true;
  }

  private static void digits(char[] into, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      into[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
