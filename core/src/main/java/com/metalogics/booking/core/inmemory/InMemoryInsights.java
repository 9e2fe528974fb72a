package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.port.out.InsightsData;
import com.metalogics.booking.core.port.out.InsightsData.DayFigures;
import com.metalogics.booking.core.port.out.InsightsData.KeyCount;
import com.metalogics.booking.core.port.out.InsightsData.TimeCount;
import com.metalogics.booking.core.port.out.InsightsFilter;
import com.metalogics.booking.core.port.out.InsightsRepository;
import com.metalogics.booking.core.port.out.IntegrationDay;
import com.metalogics.booking.core.port.out.Tally;
import com.metalogics.booking.core.port.out.TrafficCount;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The insight aggregates in memory. {@link InMemoryBookingRepository} adds its tallies here under
 * its own lock, as the database ones do in the booking's transaction.
 */
public final class InMemoryInsights implements InsightsRepository {

  /** {@code vipTier} is empty for a booking under no tier, as the stored aggregates keep it. */
  private record Outcomes(
      LocalDate day, String eventType, String host, String vipTier, String leadSource) {}

  private record Time(LocalDate day, String eventType, String host, DayOfWeek weekday, int hour) {}

  private record Source(LocalDate day, String eventType, String host, String source) {}

  private record Traffic(LocalDate day, String eventType) {}

  private record Calls(LocalDate day, String integration) {}

  private final Map<Outcomes, long[]> outcomes = new HashMap<>();
  private final Map<Time, Long> times = new HashMap<>();
  private final Map<Source, Long> crmSources = new HashMap<>();
  private final Map<Traffic, TrafficCount> traffic = new HashMap<>();
  private final Map<Calls, IntegrationDay> calls = new HashMap<>();

  synchronized void add(List<Tally> tallies) {
    for (Tally tally : tallies) {
      String type = tally.placement().eventType();
      String host = tally.placement().hostId();
      if (tally instanceof Tally.Outcome o) {
        outcomes
            .computeIfAbsent(
                new Outcomes(o.day(), type, host, o.vipTier().orElse(""), o.leadSource()),
                k -> new long[Tally.Measure.values().length])[o.measure().ordinal()]++;
      } else if (tally instanceof Tally.SlotTime t) {
        times.merge(new Time(t.day(), type, host, t.weekday(), t.hour()), 1L, Long::sum);
      } else if (tally instanceof Tally.CrmSource c) {
        crmSources.merge(new Source(c.day(), type, host, c.source()), 1L, Long::sum);
      }
    }
  }

  @Override
  public synchronized void addTraffic(List<TrafficCount> counts) {
    for (TrafficCount count : counts) {
      traffic.merge(new Traffic(count.day(), count.eventType()), count, TrafficCount::plus);
    }
  }

  @Override
  public synchronized void addIntegrationDays(List<IntegrationDay> days) {
    for (IntegrationDay day : days) {
      calls.merge(new Calls(day.day(), day.integration()), day, IntegrationDay::plus);
    }
  }

  @Override
  public synchronized InsightsData read(InsightsFilter filter) {
    Map<LocalDate, long[]> byDay = new TreeMap<>();
    addTrafficRows(filter, byDay);
    Booked booked = addOutcomeRows(filter, byDay);
    return new InsightsData(
        days(byDay),
        keyCounts(booked.hosts()),
        popularTimes(filter),
        keyCounts(booked.sources()),
        keyCounts(crmSources(filter)),
        keyCounts(booked.tiers()),
        integrationDays(filter));
  }

  /** The bookings made, counted by host, by lead source and (for those under one) by VIP tier. */
  private record Booked(
      Map<String, Long> hosts, Map<String, Long> sources, Map<String, Long> tiers) {

    Booked() {
      this(new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    void add(Outcomes key, long booked) {
      hosts.merge(key.host(), booked, Long::sum);
      sources.merge(key.leadSource(), booked, Long::sum);
      if (!key.vipTier().isEmpty()) {
        tiers.merge(key.vipTier(), booked, Long::sum);
      }
    }
  }

  /** A day's row: the four traffic figures, then one count per {@link Tally.Measure}. */
  private static long[] row(Map<LocalDate, long[]> byDay, LocalDate day) {
    return byDay.computeIfAbsent(day, d -> new long[8]);
  }

  private void addTrafficRows(InsightsFilter filter, Map<LocalDate, long[]> byDay) {
    traffic.values().stream()
        .filter(t -> inRange(filter, t.day()) && matches(filter.eventType(), t.eventType()))
        .forEach(
            t -> {
              long[] row = row(byDay, t.day());
              row[0] += t.views();
              row[1] += t.searches();
              row[2] += t.visitors();
              row[3] += t.searchers();
            });
  }

  private Booked addOutcomeRows(InsightsFilter filter, Map<LocalDate, long[]> byDay) {
    Booked booked = new Booked();
    outcomes.entrySet().stream()
        .filter(e -> matches(filter, e.getKey().day(), e.getKey().eventType(), e.getKey().host()))
        .forEach(
            e -> {
              long[] row = row(byDay, e.getKey().day());
              long[] counts = e.getValue();
              for (int i = 0; i < counts.length; i++) {
                row[4 + i] += counts[i];
              }
              booked.add(e.getKey(), counts[Tally.Measure.BOOKED.ordinal()]);
            });
    return booked;
  }

  private Map<String, Long> crmSources(InsightsFilter filter) {
    return crmSources.entrySet().stream()
        .filter(e -> matches(filter, e.getKey().day(), e.getKey().eventType(), e.getKey().host()))
        .collect(
            Collectors.groupingBy(
                e -> e.getKey().source(), Collectors.summingLong(Map.Entry::getValue)));
  }

  private List<IntegrationDay> integrationDays(InsightsFilter filter) {
    return calls.values().stream()
        .filter(c -> inRange(filter, c.day()))
        .sorted(
            Comparator.comparing(IntegrationDay::day).thenComparing(IntegrationDay::integration))
        .toList();
  }

  private List<TimeCount> popularTimes(InsightsFilter filter) {
    Map<List<Integer>, Long> cells =
        times.entrySet().stream()
            .filter(
                e -> matches(filter, e.getKey().day(), e.getKey().eventType(), e.getKey().host()))
            .collect(
                Collectors.groupingBy(
                    e -> List.of(e.getKey().weekday().getValue(), e.getKey().hour()),
                    Collectors.summingLong(Map.Entry::getValue)));
    List<TimeCount> result = new ArrayList<>();
    cells.forEach(
        (cell, count) -> result.add(new TimeCount(DayOfWeek.of(cell.get(0)), cell.get(1), count)));
    result.sort(Comparator.comparing(TimeCount::weekday).thenComparingInt(TimeCount::hour));
    return result;
  }

  private static List<DayFigures> days(Map<LocalDate, long[]> byDay) {
    List<DayFigures> days = new ArrayList<>();
    byDay.forEach(
        (day, r) -> days.add(new DayFigures(day, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7])));
    return days;
  }

  private static List<KeyCount> keyCounts(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .map(e -> new KeyCount(e.getKey(), e.getValue()))
        .sorted(KeyCount.ORDER)
        .toList();
  }

  private static boolean matches(InsightsFilter filter, LocalDate day, String type, String host) {
    return inRange(filter, day)
        && matches(filter.eventType(), type)
        && matches(filter.hostId(), host);
  }

  private static boolean inRange(InsightsFilter filter, LocalDate day) {
    return !day.isBefore(filter.from()) && !day.isAfter(filter.to());
  }

  private static boolean matches(Optional<String> wanted, String value) {
    return wanted.map(value::equals).orElse(true);
  }
}
