package com.metalogics.booking.core.domain;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A kind of meeting with its own rules. Every problem is named at once, keyed by the admin API's
 * names ({@code durations[1]}, {@code minNoticeMinutes}, {@code limits.perDay}, {@code hosts}).
 *
 * @param durations allowed lengths, whole minutes up to a day; kept sorted
 * @param slotIncrement the grid step; empty means the requested duration
 * @param maxAdvanceDays the furthest start is now plus so many days of 24 hours
 * @param frequencyLimit the per-e-mail limit of this type; empty leaves the service's default
 * @param hostIds the pool, by host id
 * @param scheduleId a schedule that narrows the hosts' own
 * @param reminders what reminds the attendee and the host of each booking
 * @param hostLimits at most so many bookings of the type per host per day, week and month: each
 *     host of the pool counted on their own
 */
public record EventType(
    String slug,
    String title,
    String description,
    String location,
    List<Duration> durations,
    Duration defaultDuration,
    Optional<Duration> slotIncrement,
    Duration bufferBefore,
    Duration bufferAfter,
    Duration minNotice,
    int maxAdvanceDays,
    BookingLimits limits,
    Optional<EmailFrequencyLimit> frequencyLimit,
    Assignment assignment,
    List<String> hostIds,
    Optional<String> scheduleId,
    boolean active,
    ReminderPlan reminders,
    BookingLimits hostLimits,
    FairnessPeriod fairnessPeriod)
    implements CatalogItem {

  static final int MAX_TITLE = 200;
  static final int MAX_DESCRIPTION = 5_000;
  static final int MAX_LOCATION = 500;
  static final int MAX_DURATIONS = 24;
  static final int DAY_MINUTES = 24 * 60;

  /** The widest buffer on either side, in minutes. */
  public static final int MAX_BUFFER_MINUTES = 720;

  static final int MAX_ADVANCE_DAYS = 3650;
  static final int MAX_LIMIT = 10_000;

  public EventType {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(defaultDuration, "defaultDuration");
    Objects.requireNonNull(slotIncrement, "slotIncrement");
    Objects.requireNonNull(bufferBefore, "bufferBefore");
    Objects.requireNonNull(bufferAfter, "bufferAfter");
    Objects.requireNonNull(minNotice, "minNotice");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(frequencyLimit, "frequencyLimit");
    Objects.requireNonNull(assignment, "assignment");
    Objects.requireNonNull(scheduleId, "scheduleId");
    Objects.requireNonNull(reminders, "reminders");
    Objects.requireNonNull(hostLimits, "hostLimits");
    Objects.requireNonNull(fairnessPeriod, "fairnessPeriod");
    durations = List.copyOf(durations);
    hostIds = List.copyOf(hostIds);
    Problems problems = new Problems();
    problems.slug("slug", slug);
    problems.text("title", title, MAX_TITLE, true);
    problems.text("description", description, MAX_DESCRIPTION, false, TextPolicy.MULTI_LINE);
    problems.text("location", location, MAX_LOCATION, false);
    checkDurations(problems, durations, defaultDuration);
    slotIncrement.ifPresent(i -> problems.minutes("slotIncrement", i, 1, DAY_MINUTES));
    problems.minutes("bufferBefore", bufferBefore, 0, MAX_BUFFER_MINUTES);
    problems.minutes("bufferAfter", bufferAfter, 0, MAX_BUFFER_MINUTES);
    problems.minutes("minNoticeMinutes", minNotice, 0, (long) MAX_ADVANCE_DAYS * DAY_MINUTES);
    problems.range("maxAdvanceDays", maxAdvanceDays, 1, MAX_ADVANCE_DAYS);
    checkLimits(problems, limits, frequencyLimit);
    checkLimit(problems, "hostLimits.perDay", hostLimits.perDay());
    checkLimit(problems, "hostLimits.perWeek", hostLimits.perWeek());
    checkLimit(problems, "hostLimits.perMonth", hostLimits.perMonth());
    checkHosts(problems, hostIds, assignment);
    scheduleId.ifPresent(id -> problems.slug("scheduleId", id));
    reminders.check(problems);
    problems.throwIfAny();
    durations = durations.stream().sorted().toList();
  }

  /** A type without limits per host, whose pool is counted by the month. */
  public EventType(
      String slug,
      String title,
      String description,
      String location,
      List<Duration> durations,
      Duration defaultDuration,
      Optional<Duration> slotIncrement,
      Duration bufferBefore,
      Duration bufferAfter,
      Duration minNotice,
      int maxAdvanceDays,
      BookingLimits limits,
      Optional<EmailFrequencyLimit> frequencyLimit,
      Assignment assignment,
      List<String> hostIds,
      Optional<String> scheduleId,
      boolean active,
      ReminderPlan reminders) {
    this(
        slug,
        title,
        description,
        location,
        durations,
        defaultDuration,
        slotIncrement,
        bufferBefore,
        bufferAfter,
        minNotice,
        maxAdvanceDays,
        limits,
        frequencyLimit,
        assignment,
        hostIds,
        scheduleId,
        active,
        reminders,
        BookingLimits.none(),
        FairnessPeriod.MONTH);
  }

  /** A type with the default reminders ({@link ReminderPlan#DEFAULT}). */
  public EventType(
      String slug,
      String title,
      String description,
      String location,
      List<Duration> durations,
      Duration defaultDuration,
      Optional<Duration> slotIncrement,
      Duration bufferBefore,
      Duration bufferAfter,
      Duration minNotice,
      int maxAdvanceDays,
      BookingLimits limits,
      Optional<EmailFrequencyLimit> frequencyLimit,
      Assignment assignment,
      List<String> hostIds,
      Optional<String> scheduleId,
      boolean active) {
    this(
        slug,
        title,
        description,
        location,
        durations,
        defaultDuration,
        slotIncrement,
        bufferBefore,
        bufferAfter,
        minNotice,
        maxAdvanceDays,
        limits,
        frequencyLimit,
        assignment,
        hostIds,
        scheduleId,
        active,
        ReminderPlan.DEFAULT);
  }

  /** This type with other reminders. */
  public EventType withReminders(ReminderPlan plan) {
    return new EventType(
        slug,
        title,
        description,
        location,
        durations,
        defaultDuration,
        slotIncrement,
        bufferBefore,
        bufferAfter,
        minNotice,
        maxAdvanceDays,
        limits,
        frequencyLimit,
        assignment,
        hostIds,
        scheduleId,
        active,
        plan,
        hostLimits,
        fairnessPeriod);
  }

  /** This type with other limits per host. */
  public EventType withHostLimits(BookingLimits perHost) {
    return new EventType(
        slug,
        title,
        description,
        location,
        durations,
        defaultDuration,
        slotIncrement,
        bufferBefore,
        bufferAfter,
        minNotice,
        maxAdvanceDays,
        limits,
        frequencyLimit,
        assignment,
        hostIds,
        scheduleId,
        active,
        reminders,
        perHost,
        fairnessPeriod);
  }

  /** This type with another fairness period for its round-robin pool. */
  public EventType withFairnessPeriod(FairnessPeriod period) {
    return new EventType(
        slug,
        title,
        description,
        location,
        durations,
        defaultDuration,
        slotIncrement,
        bufferBefore,
        bufferAfter,
        minNotice,
        maxAdvanceDays,
        limits,
        frequencyLimit,
        assignment,
        hostIds,
        scheduleId,
        active,
        reminders,
        hostLimits,
        period);
  }

  /** The grid step for slots of {@code duration}. */
  public Duration incrementFor(Duration duration) {
    return slotIncrement.orElse(duration);
  }

  public boolean allows(Duration duration) {
    return durations.contains(duration);
  }

  private static void checkDurations(
      Problems problems, List<Duration> durations, Duration defaultDuration) {
    problems.require(
        !durations.isEmpty() && durations.size() <= MAX_DURATIONS,
        "durations",
        "must list 1 to " + MAX_DURATIONS + " durations");
    Set<Duration> seen = new HashSet<>();
    for (int i = 0; i < durations.size(); i++) {
      Duration duration = Objects.requireNonNull(durations.get(i), "durations");
      problems.minutes("durations[" + i + "]", duration, 1, DAY_MINUTES);
      problems.require(
          seen.add(duration), "durations[" + i + "]", "repeats " + duration.toMinutes());
    }
    problems.require(
        durations.contains(defaultDuration), "defaultDuration", "must be one of durations");
  }

  private static void checkLimits(
      Problems problems, BookingLimits limits, Optional<EmailFrequencyLimit> frequencyLimit) {
    checkLimit(problems, "limits.perDay", limits.perDay());
    checkLimit(problems, "limits.perWeek", limits.perWeek());
    checkLimit(problems, "limits.perMonth", limits.perMonth());
    frequencyLimit.ifPresent(
        f -> {
          problems.range("frequencyLimit.max", f.max(), 1, Integer.MAX_VALUE);
          problems.range("frequencyLimit.windowDays", f.windowDays(), 1, MAX_ADVANCE_DAYS);
        });
  }

  private static void checkLimit(Problems problems, String field, OptionalInt limit) {
    limit.ifPresent(max -> problems.range(field, max, 1, MAX_LIMIT));
  }

  private static void checkHosts(Problems problems, List<String> hostIds, Assignment assignment) {
    if (hostIds.isEmpty()) {
      problems.add("hosts", "must name at least one host");
    } else if (assignment == Assignment.SINGLE && hostIds.size() > 1) {
      problems.add("hosts", "a SINGLE type has exactly one host");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < hostIds.size(); i++) {
      String id = Objects.requireNonNull(hostIds.get(i), "hosts");
      problems.slug("hosts[" + i + "]", id);
      problems.require(seen.add(id), "hosts[" + i + "]", "repeats " + id);
    }
  }

  @Override
  public CatalogKind catalogKind() {
    return CatalogKind.EVENT_TYPE;
  }

  @Override
  public String key() {
    return slug;
  }
}
