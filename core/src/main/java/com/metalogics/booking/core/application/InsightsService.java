package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.InvalidDateRangeException;
import com.metalogics.booking.core.port.in.HostNames;
import com.metalogics.booking.core.port.in.InsightsQuery;
import com.metalogics.booking.core.port.in.InsightsReport;
import com.metalogics.booking.core.port.in.InsightsReport.HostShare;
import com.metalogics.booking.core.port.in.InsightsReport.IntegrationHealth;
import com.metalogics.booking.core.port.in.InsightsReport.Totals;
import com.metalogics.booking.core.port.in.ReadInsights;
import com.metalogics.booking.core.port.out.InsightsData;
import com.metalogics.booking.core.port.out.InsightsData.DayFigures;
import com.metalogics.booking.core.port.out.InsightsFilter;
import com.metalogics.booking.core.port.out.InsightsRepository;
import com.metalogics.booking.core.port.out.IntegrationDay;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Turns the stored aggregates into the figures the admin reads. */
final class InsightsService implements ReadInsights {

  /** A year and a leap day, with room for a range that starts and ends mid-month. */
  static final int MAX_RANGE_DAYS = 400;

  private final InsightsRepository repository;
  private final CatalogCache catalog;
  private final HostNames hostNames;

  InsightsService(InsightsRepository repository, CatalogCache catalog, HostNames hostNames) {
    this.repository = repository;
    this.catalog = catalog;
    this.hostNames = hostNames;
  }

  @Override
  public InsightsReport handle(InsightsQuery query) {
    if (query.to().isBefore(query.from())) {
      throw new InvalidDateRangeException("to must not be before from");
    }
    if (ChronoUnit.DAYS.between(query.from(), query.to()) >= MAX_RANGE_DAYS) {
      throw new InvalidDateRangeException(
          "the range must span at most " + MAX_RANGE_DAYS + " days");
    }
    InsightsData data =
        repository.read(
            new InsightsFilter(query.from(), query.to(), query.eventType(), query.host()));
    Totals totals = totals(data.days());
    return new InsightsReport(
        query,
        totals,
        data.days(),
        data.popularTimes(),
        hostShares(data, totals.bookings(), fairnessTarget(query)),
        data.leadSources(),
        data.crmSources(),
        data.vipTiers(),
        data.integrations().stream().map(InsightsService::health).toList());
  }

  private static Totals totals(List<DayFigures> days) {
    long views = 0;
    long visitors = 0;
    long searches = 0;
    long searchers = 0;
    long booked = 0;
    long cancelled = 0;
    long rescheduled = 0;
    long noShows = 0;
    for (DayFigures d : days) {
      views += d.views();
      visitors += d.visitors();
      searches += d.searches();
      searchers += d.searchers();
      booked += d.booked();
      cancelled += d.cancelled();
      rescheduled += d.rescheduled();
      noShows += d.noShows();
    }
    return new Totals(
        views,
        visitors,
        searches,
        searchers,
        booked,
        cancelled,
        rescheduled,
        noShows,
        ratio(booked, searchers),
        ratio(noShows, booked));
  }

  private List<HostShare> hostShares(
      InsightsData data, long bookings, Optional<Double> fairnessTarget) {
    return data.hosts().stream()
        .map(
            h ->
                new HostShare(
                    h.key(),
                    hostNames.nameOf(h.key()).orElse(h.key()),
                    h.count(),
                    ratio(h.count(), bookings),
                    fairnessTarget))
        .toList();
  }

  /** An even share of the type's hosts, for a type several hosts take turns at. */
  private Optional<Double> fairnessTarget(InsightsQuery query) {
    return query
        .eventType()
        .flatMap(slug -> catalog.current().eventType(slug))
        .map(stored -> stored.value().hostIds())
        .filter(hosts -> hosts.size() > 1)
        .map(hosts -> 1.0 / hosts.size());
  }

  static IntegrationHealth health(IntegrationDay day) {
    return new IntegrationHealth(
        day.day(),
        day.integration(),
        day.calls(),
        day.calls() == 0 ? Optional.empty() : Optional.of(ratio(day.successes(), day.calls())),
        p95(day),
        day.circuitOpened(),
        day.backlog(),
        day.oldestDue().toSeconds());
  }

  /** The upper bound of the bucket that holds the 95th percentile call. */
  private static Optional<Long> p95(IntegrationDay day) {
    long total = day.latencyBuckets().stream().mapToLong(Long::longValue).sum();
    if (total == 0) {
      return Optional.empty();
    }
    long rank = (long) Math.ceil(total * 0.95);
    long seen = 0;
    for (int i = 0; i < IntegrationDay.BUCKET_BOUNDS_MS.size(); i++) {
      seen += day.latencyBuckets().get(i);
      if (seen >= rank) {
        return Optional.of(IntegrationDay.BUCKET_BOUNDS_MS.get(i));
      }
    }
    return Optional.empty();
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
