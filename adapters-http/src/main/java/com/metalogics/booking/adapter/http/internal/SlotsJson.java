package com.metalogics.booking.adapter.http.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.metalogics.booking.core.domain.BusinessHours;
import com.metalogics.booking.core.domain.SlotSeries;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.in.AvailableSlots;
import com.metalogics.booking.core.port.in.Warning;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;

/**
 * The available-slots answer, {@code {"success": true, "data": {"slots": [...], "businessHours":
 * {...}, "warnings": [...]}}}, written straight to bytes. A 30-day answer holds hundreds of slots
 * and is the cache-defeated slots path's largest cost: through DTOs and Jackson's Instant
 * serializer it was mostly DateTimeFormatter, and through Jackson's generator with raw instants
 * still four times the availability computation. The shape is fixed and every slot's text is digits
 * and punctuation, so the bytes are laid down here; the only free texts (the zone id, the warnings)
 * are quoted by Jackson's encoder.
 */
final class SlotsJson {

  private static final int SECONDS_PER_DAY = 86_400;
  private static final int ISO_SECONDS_LENGTH = 20;
  private static final int KEPT_BUFFER_BYTES = 256 * 1024;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private static final byte[] START = ascii("{\"success\":true,\"data\":{\"slots\":[");
  private static final byte[] SLOT_START = ascii("{\"startTime\":\"");
  private static final byte[] SLOT_END = ascii("\",\"endTime\":\"");
  private static final byte[] SLOT_DURATION = ascii("\",\"duration\":");
  private static final byte[] HOURS = ascii("],\"businessHours\":{\"daysOfWeek\":[");
  private static final byte[] START_HOUR = ascii("],\"startHour\":");
  private static final byte[] END_HOUR = ascii(",\"endHour\":");
  private static final byte[] ZONE = ascii(",\"timeZone\":\"");
  private static final byte[] WARNINGS = ascii("\"},\"warnings\":[");
  private static final byte[] END = ascii("]}}");

  /**
   * At most one writer per processor at a time; the others wait their turn, in arrival order.
   * Writing is CPU work alone: with a writer on every request thread, 32 cache-defeated requests on
   * 2 cores time-sliced each other (also against the clients) and the p99 doubled, 19 to 26 ms
   * against 10.5 to 12.5 ms at the same rate.
   */
  private final Semaphore writers;

  /** One buffer per writer, kept between answers: only the answer's own copy is allocated. */
  private final Deque<Out> buffers = new ConcurrentLinkedDeque<>();

  SlotsJson() {
    this(Runtime.getRuntime().availableProcessors());
  }

  SlotsJson(int writers) {
    this.writers = new Semaphore(writers, true);
  }

  byte[] write(AvailableSlots available) {
    writers.acquireUninterruptibly();
    Out out = Optional.ofNullable(buffers.pollFirst()).orElseGet(Out::new);
    try {
      out.size = 0;
      out.put(START);
      writeSlots(out, available);
      writeHours(out, available.businessHours());
      writeWarnings(out, available);
      out.put(END);
      return Arrays.copyOf(out.bytes, out.size);
    } finally {
      // A buffer grown past the kept size by a rare huge answer is left to the collector.
      if (out.bytes.length <= KEPT_BUFFER_BYTES) {
        buffers.offerFirst(out);
      }
      writers.release();
    }
  }

  private static void writeSlots(Out out, AvailableSlots available) {
    byte[] minutes = ascii(Long.toString(available.duration().toMinutes()));
    Dates dates = new Dates();
    List<TimeSlot> slots = available.slots();
    SlotSeries series = slots instanceof SlotSeries numbers ? numbers : null;
    for (int i = 0; i < slots.size(); i++) {
      if (i > 0) {
        out.put((byte) ',');
      }
      out.put(SLOT_START);
      if (series != null) {
        long start = series.startEpochNanos(i);
        writeEpochNanos(out, start, dates);
        out.put(SLOT_END);
        writeEpochNanos(out, start + series.lengthNanos(), dates);
      } else {
        TimeSlot slot = slots.get(i);
        writeInstant(out, slot.start(), dates);
        out.put(SLOT_END);
        writeInstant(out, slot.end(), dates);
      }
      out.put(SLOT_DURATION);
      out.put(minutes);
      out.put((byte) '}');
    }
  }

  /** Days of the week as the seed numbers them: 0 is Sunday. */
  private static void writeHours(Out out, BusinessHours hours) {
    out.put(HOURS);
    boolean first = true;
    for (int seedDay = 0; seedDay < 7; seedDay++) {
      if (hours.days().contains(DayOfWeek.of(seedDay == 0 ? 7 : seedDay))) {
        if (!first) {
          out.put((byte) ',');
        }
        first = false;
        out.put(ascii(Integer.toString(seedDay)));
      }
    }
    out.put(START_HOUR);
    out.put(ascii(Integer.toString(hours.startHour())));
    out.put(END_HOUR);
    out.put(ascii(Integer.toString(hours.endHour())));
    out.put(ZONE);
    out.put(JsonStringEncoder.getInstance().quoteAsUTF8(hours.zone().getId()));
  }

  private static void writeWarnings(Out out, AvailableSlots available) {
    out.put(WARNINGS);
    boolean first = true;
    for (Warning warning : available.warnings()) {
      if (!first) {
        out.put((byte) ',');
      }
      first = false;
      out.put((byte) '"');
      out.put(JsonStringEncoder.getInstance().quoteAsUTF8(warning.name()));
      out.put((byte) '"');
    }
  }

  private static void writeEpochNanos(Out out, long epochNanos, Dates dates) {
    out.ensure(ISO_SECONDS_LENGTH);
    if (epochNanos % NANOS_PER_SECOND == 0
        && printSeconds(epochNanos / NANOS_PER_SECOND, out.bytes, out.size, dates)) {
      out.size += ISO_SECONDS_LENGTH;
    } else {
      out.put(ascii(DateTimeFormatter.ISO_INSTANT.format(Instant.EPOCH.plusNanos(epochNanos))));
    }
  }

  private static void writeInstant(Out out, Instant instant, Dates dates) {
    out.ensure(ISO_SECONDS_LENGTH);
    if (printWholeSeconds(instant, out.bytes, out.size, dates)) {
      out.size += ISO_SECONDS_LENGTH;
    } else {
      out.put(ascii(DateTimeFormatter.ISO_INSTANT.format(instant)));
    }
  }

  /**
   * Prints {@code instant} as ISO_INSTANT does ({@code 2026-12-01T14:00:00Z}) when it falls on a
   * whole second of a four-digit year; false leaves the rarer cases to ISO_INSTANT itself.
   */
  static boolean printWholeSeconds(Instant instant, byte[] into) {
    return printWholeSeconds(instant, into, 0, new Dates());
  }

  private static boolean printWholeSeconds(Instant instant, byte[] into, int at, Dates dates) {
    return instant.getNano() == 0 && printSeconds(instant.getEpochSecond(), into, at, dates);
  }

  private static boolean printSeconds(long seconds, byte[] into, int at, Dates dates) {
    byte[] date = dates.prefix(Math.floorDiv(seconds, SECONDS_PER_DAY));
    if (date == null) {
      return false;
    }
    System.arraycopy(date, 0, into, at, Dates.PREFIX_LENGTH);
    int ofDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
    twoDigits(into, at + 11, ofDay / 3600);
    into[at + 13] = ':';
    twoDigits(into, at + 14, ofDay / 60 % 60);
    into[at + 16] = ':';
    twoDigits(into, at + 17, ofDay % 60);
    into[at + 19] = 'Z';
    return true;
  }

  private static void twoDigits(byte[] into, int at, int value) {
    into[at] = (byte) ('0' + value / 10);
    into[at + 1] = (byte) ('0' + value % 10);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** The {@code 2026-12-01T} of the last day printed: an answer's slots come day by day. */
  private static final class Dates {
    static final int PREFIX_LENGTH = 11;

    private long day = Long.MIN_VALUE;
    private final byte[] prefix = new byte[PREFIX_LENGTH];

    /** Null for a year that is not four digits. */
    byte[] prefix(long epochDay) {
      if (epochDay != day) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        int year = date.getYear();
        if (year < 0 || year > 9999) {
          return null;
        }
        twoDigits(prefix, 0, year / 100);
        twoDigits(prefix, 2, year % 100);
        prefix[4] = '-';
        twoDigits(prefix, 5, date.getMonthValue());
        prefix[7] = '-';
        twoDigits(prefix, 8, date.getDayOfMonth());
        prefix[10] = 'T';
        day = epochDay;
      }
      return prefix;
    }
  }

  /** A growable byte array, written without the checks and locks of a stream. */
  private static final class Out {
    byte[] bytes = new byte[32 * 1024];
    int size;

    void ensure(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }

    void put(byte b) {
      ensure(1);
      bytes[size++] = b;
    }

    void put(byte[] b) {
      ensure(b.length);
      System.arraycopy(b, 0, bytes, size, b.length);
      size += b.length;
    }
  }
}
