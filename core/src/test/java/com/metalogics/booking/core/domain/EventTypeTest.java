package com.metalogics.booking.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class EventTypeTest {

  private static Duration minutes(long m) {
    return Duration.ofMinutes(m);
  }

  private static Map<String, String> problemsOf(Runnable construction) {
    try {
      construction.run();
    } catch (ValidationException e) {
      return e.fieldErrors();
    }
    throw new AssertionError("no ValidationException");
  }

  private static EventType valid() {
    return new EventType(
        "intro-call",
        "Intro call",
        "A first talk",
        "Video call",
        List.of(minutes(60), minutes(30)),
        minutes(30),
        Optional.of(minutes(15)),
        minutes(10),
        minutes(5),
        Duration.ofHours(24),
        90,
        new BookingLimits(OptionalInt.of(4), OptionalInt.empty(), OptionalInt.of(40)),
        Optional.of(new EmailFrequencyLimit(2, 30)),
        Assignment.SINGLE,
        List.of("owner"),
        Optional.of("default"),
        true);
  }

  @Test
  void validType_keepsItsDurationsSorted_andAnswersIncrementAndAllowed() {
    EventType t = valid();
    assertThat(t.durations()).containsExactly(minutes(30), minutes(60));
    assertThat(t.incrementFor(minutes(60))).isEqualTo(minutes(15));
    assertThat(t.allows(minutes(60))).isTrue();
    assertThat(t.allows(minutes(45))).isFalse();
  }

  @Test
  void withoutIncrement_theGridStepIsTheDuration() {
    EventType t = valid();
    EventType noIncrement =
        new EventType(
            t.slug(),
            t.title(),
            t.description(),
            t.location(),
            t.durations(),
            t.defaultDuration(),
            Optional.empty(),
            t.bufferBefore(),
            t.bufferAfter(),
            t.minNotice(),
            t.maxAdvanceDays(),
            t.limits(),
            t.frequencyLimit(),
            t.assignment(),
            t.hostIds(),
            t.scheduleId(),
            t.active());
    assertThat(noIncrement.incrementFor(minutes(60))).isEqualTo(minutes(60));
  }

  @Test
  void everyProblem_isNamedAtOnce_withTheAdminApiNames() {
    Map<String, String> problems =
        problemsOf(
            () ->
                new EventType(
                    "Intro_Call",
                    "",
                    "x".repeat(5_001),
                    "",
                    List.of(minutes(30), minutes(30), minutes(1441), Duration.ofSeconds(90)),
                    minutes(45),
                    Optional.of(minutes(0)),
                    minutes(721),
                    minutes(-1),
                    Duration.ofSeconds(30),
                    0,
                    new BookingLimits(
                        OptionalInt.of(0), OptionalInt.of(10_001), OptionalInt.of(-1)),
                    Optional.of(new EmailFrequencyLimit(0, 3651)),
                    Assignment.SINGLE,
                    List.of("owner", "Bad Id", "owner"),
                    Optional.of("no such!"),
                    true));
    assertThat(problems)
        .containsEntry("slug", "must be 1 to 64 of a-z, 0-9 and -")
        .containsEntry("title", "is required")
        .containsEntry("description", "must be at most 5000 characters")
        .containsEntry("durations[1]", "repeats 30")
        .containsEntry("durations[2]", "must be 1 to 1440 minutes")
        .containsEntry("durations[3]", "must be whole minutes")
        .containsEntry("defaultDuration", "must be one of durations")
        .containsEntry("slotIncrement", "must be 1 to 1440 minutes")
        .containsEntry("bufferBefore", "must be 0 to 720 minutes")
        .containsEntry("bufferAfter", "must be 0 to 720 minutes")
        .containsEntry("minNoticeMinutes", "must be whole minutes")
        .containsEntry("maxAdvanceDays", "must be 1 to 3650")
        .containsEntry("limits.perDay", "must be 1 to 10000")
        .containsEntry("limits.perWeek", "must be 1 to 10000")
        .containsEntry("limits.perMonth", "must be 1 to 10000")
        .containsEntry("frequencyLimit.max", "must be 1 to 2147483647")
        .containsEntry("frequencyLimit.windowDays", "must be 1 to 3650")
        .containsEntry("hosts", "a SINGLE type has exactly one host")
        .containsEntry("hosts[1]", "must be 1 to 64 of a-z, 0-9 and -")
        .containsEntry("hosts[2]", "repeats owner")
        .containsEntry("scheduleId", "must be 1 to 64 of a-z, 0-9 and -")
        .hasSize(21);
  }

  @Test
  void noDurationsAndNoHosts_areNamed() {
    Map<String, String> problems =
        problemsOf(
            () ->
                new EventType(
                    "a",
                    "A",
                    "",
                    "",
                    List.of(),
                    minutes(30),
                    Optional.empty(),
                    Duration.ZERO,
                    Duration.ZERO,
                    Duration.ZERO,
                    1,
                    BookingLimits.none(),
                    Optional.empty(),
                    Assignment.ROUND_ROBIN,
                    List.of(),
                    Optional.empty(),
                    false));
    assertThat(problems)
        .containsEntry("durations", "must list 1 to 24 durations")
        .containsEntry("defaultDuration", "must be one of durations")
        .containsEntry("hosts", "must name at least one host")
        .hasSize(3);
  }

  @Test
  void host_namesEveryProblemAtOnce() {
    Map<String, String> problems =
        problemsOf(
            () ->
                new Host(
                    "Owner!",
                    " ",
                    "not-an-address",
                    ZoneId.of("UTC"),
                    "",
                    Optional.of(""),
                    true,
                    0,
                    5));
    assertThat(problems)
        .containsEntry("id", "must be 1 to 64 of a-z, 0-9 and -")
        .containsEntry("name", "is required")
        .containsEntry("email", "must be an e-mail address")
        .containsEntry("scheduleId", "must be 1 to 64 of a-z, 0-9 and -")
        .containsEntry("calendarId", "is required")
        .containsEntry("weight", "must be 1 to 100")
        .containsEntry("priority", "must be 0 to 4")
        .hasSize(7);
  }

  @Test
  void host_toString_masksTheEmail() {
    Host host =
        new Host(
            "owner",
            "Owner",
            " jane.doe@example.com ",
            ZoneId.of("UTC"),
            "default",
            Optional.empty(),
            true,
            1,
            0);
    assertThat(host.email()).isEqualTo("jane.doe@example.com");
    assertThat(host.toString()).doesNotContain("jane.doe@example.com");
  }
}
