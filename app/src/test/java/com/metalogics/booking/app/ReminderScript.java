package com.metalogics.booking.app;

import com.metalogics.booking.core.domain.Reminder;
import com.metalogics.booking.core.domain.ReminderChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A seeded week of booking changes, and the reminders they call for. Bookings are made at random
 * times for random free 10-minute slots; some are moved once, some cancelled (a few after a move).
 * Every change happens on a worker tick, before that tick's worker run.
 */
final class ReminderScript {

  static final Duration TICK = Duration.ofMinutes(2);
  static final Duration LENGTH = Duration.ofMinutes(10);
  static final List<Reminder> REMINDERS =
      List.of(
          new Reminder(ReminderChannel.EMAIL, 24 * 60),
          new Reminder(ReminderChannel.EMAIL, 60),
          new Reminder(ReminderChannel.SMS, 24 * 60),
          new Reminder(ReminderChannel.SMS, 60));

  /** One change: booking {@code index} is made, moved to {@code start}, or cancelled. */
  record Action(Instant at, Kind kind, int index, Instant start) {
    enum Kind {
      BOOK,
      MOVE,
      CANCEL
    }
  }

  /** One revision of a booking: its start, valid from {@code from} until {@code until}. */
  record Revision(int index, int revision, Instant start, Instant from, Optional<Instant> until) {}

  /** A reminder one revision calls for. */
  record Expected(int index, int revision, Reminder reminder, Instant due, Instant start) {}

  final Instant begin;
  final List<Action> actions = new ArrayList<>();
  final List<Revision> revisions = new ArrayList<>();

  ReminderScript(long seed, Instant begin, int bookings) {
    this.begin = begin;
    Random random = new Random(seed);
    List<Instant> slots = new ArrayList<>();
    for (Instant s = begin.plus(Duration.ofMinutes(30));
        s.isBefore(begin.plus(Duration.ofDays(7)));
        s = s.plus(LENGTH)) {
      slots.add(s);
    }
    Collections.shuffle(slots, random);
    int spare = bookings;
    for (int i = 0; i < bookings; i++) {
      Instant start = slots.get(i);
      Instant booked = tick(between(random, begin, start.minus(Duration.ofMinutes(20))));
      actions.add(new Action(booked, Action.Kind.BOOK, i, start));
      double fate = random.nextDouble();
      Instant from = booked;
      Instant current = start;
      int revision = 1;
      if (fate < 0.2) {
        Instant moved = slots.get(spare++);
        Instant at = tick(between(random, booked.plus(TICK), earlier(current, moved)));
        if (at.isAfter(booked) && at.isBefore(earlier(current, moved).minus(TICK))) {
          actions.add(new Action(at, Action.Kind.MOVE, i, moved));
          revisions.add(new Revision(i, revision++, current, from, Optional.of(at)));
          from = at;
          current = moved;
        }
      }
      if (fate < 0.05 || fate > 0.85) {
        Instant at = tick(between(random, from.plus(TICK), current));
        if (at.isAfter(from) && at.isBefore(current)) {
          actions.add(new Action(at, Action.Kind.CANCEL, i, current));
          revisions.add(new Revision(i, revision, current, from, Optional.of(at)));
          continue;
        }
      }
      revisions.add(new Revision(i, revision, current, from, Optional.empty()));
    }
    actions.sort(Comparator.comparing(Action::at).thenComparing(a -> a.kind().ordinal()));
  }

  /** When the simulation may stop: every meeting has begun. */
  Instant end() {
    return begin.plus(Duration.ofDays(7)).plus(Duration.ofHours(1));
  }

  /**
   * The reminders due while their revision holds: planned because due after the change that made
   * the revision, and reached by a worker tick before the next change.
   */
  List<Expected> expected() {
    List<Expected> out = new ArrayList<>();
    for (Revision r : revisions) {
      for (Reminder reminder : REMINDERS) {
        Instant due = r.start().minus(reminder.offset());
        boolean planned = due.isAfter(r.from());
        boolean reached = r.until().map(until -> firstTick(due).isBefore(until)).orElse(true);
        if (planned && reached) {
          out.add(new Expected(r.index(), r.revision(), reminder, due, r.start()));
        }
      }
    }
    return out;
  }

  /** The first worker tick at or after {@code at}. */
  Instant firstTick(Instant at) {
    long ticks = Duration.between(begin, at).toNanos();
    long step = TICK.toNanos();
    return begin.plusNanos(((ticks + step - 1) / step) * step);
  }

  private Instant tick(Instant at) {
    long step = TICK.toNanos();
    return begin.plusNanos(Duration.between(begin, at).toNanos() / step * step);
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant between(Random random, Instant from, Instant to) {
    long span = Duration.between(from, to).toSeconds();
    return span <= 0 ? from : from.plusSeconds((long) (random.nextDouble() * span));
  }
}
