package com.metalogics.booking.core.contract;

import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.Blackout;
import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.CalendarReminder;
import com.metalogics.booking.core.domain.CrmCondition;
import com.metalogics.booking.core.domain.DateOverride;
import com.metalogics.booking.core.domain.EmailFrequencyLimit;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.FairnessPeriod;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.Reminder;
import com.metalogics.booking.core.domain.ReminderChannel;
import com.metalogics.booking.core.domain.ReminderPlan;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.TimeRange;
import com.metalogics.booking.core.domain.VipFrequency;
import com.metalogics.booking.core.domain.VipGrant;
import com.metalogics.booking.core.domain.VipMembers;
import com.metalogics.booking.core.domain.VipTier;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** Catalog items for the contract suites: one with every option set, one with none. */
public final class CatalogFixtures {

  private CatalogFixtures() {}

  /** A fresh key, so that tests sharing one database never collide. */
  public static String uniqueKey(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * Two ranges on Monday, one reaching midnight on Friday, an override, a closed day, blackouts.
   */
  public static Schedule richSchedule(String id) {
    return new Schedule(
        id,
        "Berlin office \"Ω\" 李",
        ZoneId.of("Europe/Berlin"),
        Map.of(
            DayOfWeek.MONDAY,
            List.of(TimeRange.parse("13:00", "17:30"), TimeRange.parse("09:00", "12:00")),
            DayOfWeek.FRIDAY,
            List.of(TimeRange.parse("20:15", "24:00"))),
        List.of(
            new DateOverride(LocalDate.of(2027, 3, 8), List.of(TimeRange.parse("10:00", "11:00"))),
            DateOverride.closed(LocalDate.of(2027, 3, 1))),
        List.of(
            new Blackout(LocalDate.of(2027, 12, 24), LocalDate.of(2028, 1, 1), "Holidays"),
            new Blackout(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 1), "Labour day")));
  }

  public static Schedule plainSchedule(String id) {
    return new Schedule(id, "Plain", ZoneId.of("UTC"), Map.of(), List.of(), List.of());
  }

  public static Host host(String id, Optional<String> calendarId) {
    return new Host(
        id,
        "Ada O'Brien",
        "ada.obrien@example.com",
        ZoneId.of("America/New_York"),
        "default",
        calendarId,
        true,
        7,
        3);
  }

  public static EventType richEventType(String slug) {
    return new EventType(
            slug,
            "Intro call \"Ω\"",
            "A first talk\nabout the engine",
            "Video call; link follows",
            List.of(Duration.ofMinutes(60), Duration.ofMinutes(30)),
            Duration.ofMinutes(30),
            Optional.of(Duration.ofMinutes(15)),
            Duration.ofMinutes(10),
            Duration.ofMinutes(720),
            Duration.ofHours(24),
            90,
            new BookingLimits(OptionalInt.of(4), OptionalInt.of(10), OptionalInt.of(40)),
            Optional.of(new EmailFrequencyLimit(2, 30)),
            Assignment.ROUND_ROBIN,
            List.of("owner", "bea"),
            Optional.of("default"),
            false,
            new ReminderPlan(
                List.of(
                    new Reminder(ReminderChannel.SMS, 60),
                    new Reminder(ReminderChannel.EMAIL, 2880)),
                List.of(
                    new CalendarReminder(CalendarReminder.Method.POPUP, 10),
                    new CalendarReminder(CalendarReminder.Method.EMAIL, 1440))))
        .withFairnessPeriod(FairnessPeriod.WEEK);
  }

  public static EventType plainEventType(String slug) {
    return new EventType(
        slug,
        "Meeting",
        "",
        "",
        List.of(Duration.ofMinutes(30)),
        Duration.ofMinutes(30),
        Optional.empty(),
        Duration.ZERO,
        Duration.ZERO,
        Duration.ZERO,
        1,
        BookingLimits.none(),
        Optional.empty(),
        Assignment.SINGLE,
        List.of("owner"),
        Optional.empty(),
        true);
  }

  /** A tier using every field: members of each kind, a general grant and a type's own. */
  public static VipTier richVipTier(String id) {
    return new VipTier(
        id,
        "Gold customers",
        new VipMembers(
            List.of("ada@example.com", "grace@example.org"),
            List.of("engines.example.com"),
            Optional.of(new CrmCondition("lifecyclestage", "customer"))),
        List.of(
            new VipGrant(
                Optional.empty(),
                25,
                48,
                OptionalInt.of(180),
                Optional.of(Duration.ofMinutes(30)),
                VipFrequency.UNLIMITED),
            new VipGrant(
                Optional.of("consult"),
                100,
                0,
                OptionalInt.empty(),
                Optional.empty(),
                new VipFrequency.Limited(new EmailFrequencyLimit(5, 7))),
            new VipGrant(
                Optional.of("meeting"),
                0,
                12,
                OptionalInt.empty(),
                Optional.empty(),
                VipFrequency.TYPE_DEFAULT)),
        true);
  }

  /** A tier only a link admits, granting nothing but its members' recognition. */
  public static VipTier plainVipTier(String id) {
    return new VipTier(id, "Friends", VipMembers.LINK_ONLY, List.of(), false);
  }
}
