package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.SlotUnavailableException.Reason;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One availability question resolved to nanosecond timestamps over a span of time. The slots query
 * and the admission of one start both end in {@link #verdict}, so they cannot disagree: the slots
 * are the grid starts of the open windows whose verdict is empty; a start is admitted when it is
 * such a grid start and its verdict is empty.
 */
final class Evaluation {

  private final long duration;
  private final long step;
  private final long before;
  private final long after;
  private final long earliest;
  private final long latest;
  private final List<OpenTime.Open> opens;
  private final Windows windows;
  private final Intervals repeated;
  private final Intervals fullDays;
  private final Intervals busy;
  private final Intervals held;
  private final long releasedAfter;

  /**
   * The rules of one question in nanoseconds: the slot length, the grid step, the buffers before
   * and after, and the earliest and latest start.
   */
  record Terms(long duration, long step, long before, long after, long earliest, long latest) {}

  /** The limits of the type and per host, with the bookings they count. */
  record Counted(
      BookingLimits limits,
      BookingCounts counts,
      BookingLimits hostLimits,
      BookingCounts hostCounts) {

    static final Counted NOTHING =
        new Counted(
            BookingLimits.none(), BookingCounts.none(), BookingLimits.none(), BookingCounts.none());
  }

  /** What VIP rules hold back from this visitor, and who asks when. */
  record Withheld(HoldBack hold, String eventType, long now) {

    static final Withheld NOTHING = new Withheld(HoldBack.NONE, "", 0);
  }

  private Evaluation(
      Terms terms,
      Schedule hostSchedule,
      Optional<Schedule> typeSchedule,
      BusyTimes busyTimes,
      Counted counted,
      Withheld withheld,
      long from,
      long to) {
    duration = terms.duration();
    step = terms.step();
    before = terms.before();
    after = terms.after();
    earliest = terms.earliest();
    latest = terms.latest();
    OpenTime time = OpenTime.of(hostSchedule, typeSchedule, from, to);
    opens = time.opens();
    windows = time.windows();
    repeated = time.repeated();
    ZoneTimeline timeline = time.counted().timeline();
    fullDays =
        Intervals.union(
            fullDays(counted.limits(), counted.counts(), timeline, from, to),
            fullDays(counted.hostLimits(), counted.hostCounts(), timeline, from, to));
    busy = busyTimes.union();
    held =
        HeldBack.of(
            withheld.hold(),
            withheld.eventType(),
            time,
            hostSchedule,
            typeSchedule,
            duration,
            step,
            from,
            to);
    releasedAfter = HeldBack.releasedAfter(withheld.hold(), withheld.now());
  }

  /**
   * Over the local dates from that of {@code from} to that of {@code to}, in every zone involved.
   */
  static Evaluation over(AvailabilityInput in, Duration length, long from, long to) {
    EventType type = in.eventType();
    Terms terms =
        new Terms(
            length.toNanos(),
            type.incrementFor(length).toNanos(),
            type.bufferBefore().toNanos(),
            type.bufferAfter().toNanos(),
            EpochNanos.of(in.earliestStart()),
            EpochNanos.of(in.latestStart()));
    return new Evaluation(
        terms,
        in.hostSchedule(),
        in.typeSchedule(),
        in.busy(),
        new Counted(type.limits(), in.counts(), type.hostLimits(), in.hostCounts()),
        new Withheld(in.priority().withheld(), type.slug(), EpochNanos.of(in.now())),
        from,
        to);
  }

  /** The phase-1 question: one schedule, no limits, bounds given as instants. */
  static Evaluation phaseOne(Terms terms, Schedule schedule, BusyTimes busy, long from, long to) {
    return new Evaluation(
        terms, schedule, Optional.empty(), busy, Counted.NOTHING, Withheld.NOTHING, from, to);
  }

  List<TimeSlot> slots(long rangeStart, long rangeEnd) {
    return starts(rangeStart, rangeEnd).slots(duration);
  }

  /** The offered grid starts whose slot lies in {@code [rangeStart, rangeEnd)}, ascending. */
  PoolSlots.Starts starts(long rangeStart, long rangeEnd) {
    return merged(
        rangeStart, rangeEnd, PoolSlots.Starts.NONE, true, new PoolSlots.Starts(gridStarts()));
  }

  /**
   * How many grid starts the windows hold, at most 2^16: the most a question can offer, so the
   * starts are written without growing their array (that copying was a tenth of a 30-day answer's
   * allocation).
   */
  private int gridStarts() {
    long count = 0;
    for (int w = 0; w < windows.size() && count < 1 << 16; w++) {
      long room = windows.close(w) - windows.open(w) - duration;
      count += room < 0 ? 0 : room / step + 1;
    }
    return (int) Math.min(count, 1 << 16);
  }

  /**
   * These offered starts merged with {@code known}, those of the hosts asked before: their union
   * (round-robin) or their intersection (collective), ascending, each once. A start that {@code
   * known} decides alone (offered already, for a union; missing, for an intersection) skips this
   * host's rules: with many hosts that is most starts. Written into {@code out}, emptied first.
   */
  PoolSlots.Starts merged(
      long rangeStart, long rangeEnd, PoolSlots.Starts known, boolean union, PoolSlots.Starts out) {
    out.clear();
    Probe probe = new Probe();
    long lowest = Math.max(rangeStart, earliest);
    int k = 0;
    walk:
    for (int w = 0; w < windows.size(); w++) {
      long origin = windows.open(w);
      long start = origin;
      if (start < lowest) {
        start += Math.floorDiv(lowest - origin + step - 1, step) * step;
      }
      for (; start + duration <= windows.close(w); start += step) {
        long end = start + duration;
        if (start > latest || end > rangeEnd) {
          break walk;
        }
        for (; k < known.size() && known.at(k) < start; k++) {
          if (union) {
            out.add(known.at(k));
          }
        }
        boolean offered = k < known.size() && known.at(k) == start;
        k += offered ? 1 : 0;
        if (union
            ? offered || verdict(start, end, probe).isEmpty()
            : offered && verdict(start, end, probe).isEmpty()) {
          out.add(start);
        }
      }
    }
    for (; union && k < known.size(); k++) {
      out.add(known.at(k));
    }
    return out;
  }

  /** Why {@code [start, end)} is not offered, in the order a visitor can act on. */
  Optional<Reason> refusal(long start, long end) {
    if (start < earliest) {
      return Optional.of(Reason.TOO_SOON);
    }
    if (start > latest) {
      return Optional.of(Reason.TOO_FAR_AHEAD);
    }
    for (OpenTime.Open o : opens) {
      if (o.days().blackedOut(o.timeline().localEpochDay(start))) {
        return Optional.of(Reason.BLACKOUT);
      }
    }
    for (int w = 0; w < windows.size(); w++) {
      if (windows.open(w) <= start && end <= windows.close(w)) {
        return (start - windows.open(w)) % step == 0
            ? verdict(start, end, new Probe())
            : Optional.of(Reason.OFF_GRID);
      }
    }
    return Optional.of(Reason.OUTSIDE_BUSINESS_HOURS);
  }

  /** The rules of one grid start of an open window, asked with starts that only grow. */
  private Optional<Reason> verdict(long start, long end, Probe probe) {
    if (start < earliest) {
      return Optional.of(Reason.TOO_SOON);
    }
    if (start > latest) {
      return Optional.of(Reason.TOO_FAR_AHEAD);
    }
    if (probe.repeated.contains(start)) {
      return Optional.of(Reason.OUTSIDE_BUSINESS_HOURS);
    }
    if (probe.held.contains(start) && start > releasedAfter) {
      return Optional.of(Reason.RESERVED);
    }
    if (probe.fullDays.contains(start)) {
      return Optional.of(Reason.LIMIT_REACHED);
    }
    if (probe.busy.overlaps(start - before, end + after)) {
      return Optional.of(Reason.BUSY);
    }
    return Optional.empty();
  }

  /** The sweeps of one walk over growing starts. */
  private final class Probe {
    final Intervals.Cursor repeated = Evaluation.this.repeated.cursor();
    final Intervals.Cursor fullDays = Evaluation.this.fullDays.cursor();
    final Intervals.Cursor busy = Evaluation.this.busy.cursor();
    final Intervals.Cursor held = Evaluation.this.held.cursor();
  }

  /** The local days, in the limits' zone, on which the limit of a period is reached. */
  private static Intervals fullDays(
      BookingLimits limits, BookingCounts counts, ZoneTimeline timeline, long from, long to) {
    if (limits.isNone() || counts.isEmpty()) {
      return Intervals.EMPTY;
    }
    long first = timeline.localEpochDay(from);
    long last = timeline.localEpochDay(to);
    int days = (int) (last - first + 1);
    long[] starts = new long[days];
    long[] ends = new long[days];
    int n = 0;
    for (long day = first; day <= last; day++) {
      LocalDate date = LocalDate.ofEpochDay(day);
      if (reached(limits.perDay(), counts.onDay(date))
          || reached(limits.perWeek(), counts.inWeekOf(date))
          || reached(limits.perMonth(), counts.inMonthOf(date))) {
        starts[n] = timeline.instantNanos(day * ZoneTimeline.SECONDS_PER_DAY);
        ends[n] = timeline.instantNanos((day + 1) * ZoneTimeline.SECONDS_PER_DAY);
        n++;
      }
    }
    return Intervals.union(starts, ends, n);
  }

  private static boolean reached(OptionalInt limit, int taken) {
    return limit.isPresent() && taken >= limit.getAsInt();
  }
}
