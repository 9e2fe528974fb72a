package com.metalogics.booking.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduleTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalDate CHRISTMAS = LocalDate.of(2027, 12, 24);

  private static TimeRange range(String from, String to) {
    return TimeRange.parse(from, to);
  }

  private static Map<String, String> problemsOf(Runnable construction) {
    try {
      construction.run();
    } catch (ValidationException e) {
      return e.fieldErrors();
    }
    throw new AssertionError("no ValidationException");
  }

  @Test
  void everyProblem_isNamedAtOnce_byItsPath() {
    Map<String, String> problems =
        problemsOf(
            () ->
                new Schedule(
                    "Not A Slug",
                    " ",
                    BERLIN,
                    Map.of(
                        DayOfWeek.MONDAY,
                        List.of(range("09:00", "12:00"), range("11:00", "13:00")),
                        DayOfWeek.TUESDAY,
                        List.of(range("13:00", "12:00"))),
                    List.of(
                        new DateOverride(CHRISTMAS, List.of(range("10:00", "10:00"))),
                        DateOverride.closed(CHRISTMAS)),
                    List.of(new Blackout(CHRISTMAS, CHRISTMAS.minusDays(1), ""))));
    assertThat(problems)
        .containsEntry("id", "must be 1 to 64 of a-z, 0-9 and -")
        .containsEntry("name", "is required")
        .containsEntry("weekly.MONDAY[1]", "overlaps 09:00-12:00")
        .containsEntry("weekly.TUESDAY[0]", "from 13:00 must be before to 12:00")
        .containsEntry("overrides[0].ranges[0]", "from 10:00 must be before to 10:00")
        .containsEntry("overrides[1].date", "repeats 2027-12-24")
        .containsEntry("blackouts[0].to", "must not be before from 2027-12-24")
        .containsEntry("blackouts[0].reason", "is required")
        .hasSize(8);
  }

  @Test
  void aRangeInsideAWiderOne_overlapsIt_evenWhenNotNextToIt() {
    Map<String, String> problems =
        problemsOf(
            () ->
                Schedule.uniform(
                    "s",
                    "S",
                    BERLIN,
                    java.util.EnumSet.of(DayOfWeek.FRIDAY),
                    List.of(
                        range("09:00", "17:00"),
                        range("10:00", "11:00"),
                        range("12:00", "13:00"))));
    assertThat(problems)
        .containsEntry("weekly.FRIDAY[1]", "overlaps 09:00-17:00")
        .containsEntry("weekly.FRIDAY[2]", "overlaps 09:00-17:00");
  }

  @Test
  void touchingRanges_andTheEndOfTheDay_areValid() {
    Schedule s =
        Schedule.uniform(
            "s",
            "S",
            BERLIN,
            java.util.EnumSet.of(DayOfWeek.FRIDAY),
            List.of(range("12:00", "24:00"), range("09:00", "12:00")));
    assertThat(s.weekly().get(DayOfWeek.FRIDAY))
        .extracting(TimeRange::toString)
        .containsExactly("09:00-12:00", "12:00-24:00");
  }

  @Test
  void rangesOn_takeBlackoutThenOverrideThenWeekday_andUnlistedDaysAreClosed() {
    List<DateOverride> overrides = new ArrayList<>();
    overrides.add(new DateOverride(CHRISTMAS, List.of(range("09:00", "12:00"))));
    overrides.add(new DateOverride(CHRISTMAS.plusDays(7), List.of(range("10:00", "11:00"))));
    Schedule s =
        new Schedule(
            "s",
            "S",
            BERLIN,
            Map.of(DayOfWeek.FRIDAY, List.of(range("09:00", "17:00"))),
            overrides,
            List.of(new Blackout(CHRISTMAS.plusDays(7), CHRISTMAS.plusDays(8), "New year")));
    assertThat(s.rangesOn(CHRISTMAS)).containsExactly(range("09:00", "12:00"));
    assertThat(s.rangesOn(CHRISTMAS.plusDays(7))).isEmpty();
    assertThat(s.blackoutOn(CHRISTMAS.plusDays(8))).map(Blackout::reason).contains("New year");
    assertThat(s.rangesOn(CHRISTMAS.plusDays(14))).containsExactly(range("09:00", "17:00"));
    assertThat(s.rangesOn(CHRISTMAS.plusDays(1))).isEmpty();
    assertThat(s.weekly()).hasSize(7);
  }

  @Test
  void collections_areImmutableCopies_sortedByDate() {
    List<DateOverride> overrides = new ArrayList<>();
    overrides.add(DateOverride.closed(CHRISTMAS.plusDays(1)));
    overrides.add(DateOverride.closed(CHRISTMAS));
    Schedule s = new Schedule("s", "S", BERLIN, Map.of(), overrides, List.of());
    overrides.clear();
    assertThat(s.overrides())
        .extracting(DateOverride::date)
        .containsExactly(CHRISTMAS, CHRISTMAS.plusDays(1));
    assertThatThrownBy(() -> s.overrides().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> s.weekly().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void timeRangeParse_namesBothBadTimes() {
    assertThat(problemsOf(() -> TimeRange.parse("24:00", "9am")))
        .containsEntry("from", "must be a time HH:mm from 00:00 to 23:59")
        .containsEntry("to", "must be a time HH:mm from 00:00 to 24:00");
    assertThat(problemsOf(() -> TimeRange.parse("08:00", "24:01"))).containsOnlyKeys("to");
    assertThat(TimeRange.parse("08:30", "24:00")).isEqualTo(new TimeRange(510, 1440));
  }
}
