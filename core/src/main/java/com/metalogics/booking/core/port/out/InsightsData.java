package com.metalogics.booking.core.port.out;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The stored aggregates of a filter's days, summed over the dimensions the filter leaves open.
 * Lists hold only days and keys with something counted, in a stable order (days ascending, keys by
 * count descending then name).
 *
 * @param vipTiers bookings made under a VIP tier, by tier id; bookings under none are left out
 */
public record InsightsData(
    List<DayFigures> days,
    List<KeyCount> hosts,
    List<TimeCount> popularTimes,
    List<KeyCount> leadSources,
    List<KeyCount> crmSources,
    List<KeyCount> vipTiers,
    List<IntegrationDay> integrations) {

  public InsightsData {
    days = List.copyOf(days);
    hosts = List.copyOf(hosts);
    popularTimes = List.copyOf(popularTimes);
    leadSources = List.copyOf(leadSources);
    crmSources = List.copyOf(crmSources);
    vipTiers = List.copyOf(vipTiers);
    integrations = List.copyOf(integrations);
  }

  /** One business day's traffic and booking outcomes. */
  public record DayFigures(
      LocalDate day,
      long views,
      long searches,
      long visitors,
      long searchers,
      long booked,
      long cancelled,
      long rescheduled,
      long noShows) {
    public DayFigures {
      Objects.requireNonNull(day, "day");
    }
  }

  /** A count of bookings made under one key (a host, a lead source). */
  public record KeyCount(String key, long count) {

    /** The order of every list of them: most first, then by key. */
    public static final Comparator<KeyCount> ORDER =
        Comparator.comparingLong(KeyCount::count).reversed().thenComparing(KeyCount::key);

    public KeyCount {
      Objects.requireNonNull(key, "key");
    }
  }

  /** Bookings made for meetings on one weekday and hour of the business zone. */
  public record TimeCount(DayOfWeek weekday, int hour, long count) {
    public TimeCount {
      Objects.requireNonNull(weekday, "weekday");
    }
  }
}
