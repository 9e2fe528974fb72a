package com.metalogics.booking.adapter.http.internal;

import com.metalogics.booking.core.port.in.InsightsReport;
import com.metalogics.booking.core.port.in.InsightsReport.HostShare;
import com.metalogics.booking.core.port.in.InsightsReport.IntegrationHealth;
import com.metalogics.booking.core.port.out.InsightsData.DayFigures;
import com.metalogics.booking.core.port.out.InsightsData.KeyCount;
import com.metalogics.booking.core.port.out.InsightsData.TimeCount;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The answer of {@code GET /api/admin/insights} and the rows of its CSV tables. */
final class InsightsJson {

  private InsightsJson() {}

  record Insights(
      LocalDate from,
      LocalDate to,
      String eventType,
      String host,
      String timeZone,
      Totals totals,
      List<Day> days,
      List<PopularTime> popularTimes,
      List<Host> hosts,
      List<Source> leadSources,
      List<Source> crmSources,
      List<VipTier> vipTiers,
      List<Integration> integrations) {}

  record Totals(
      long views,
      long visitors,
      long searches,
      long searchers,
      long bookings,
      long cancellations,
      long reschedules,
      long noShows,
      double conversion,
      double noShowRate) {}

  record Day(
      LocalDate date,
      long views,
      long visitors,
      long searches,
      long searchers,
      long bookings,
      long cancellations,
      long reschedules,
      long noShows) {}

  record PopularTime(String weekday, int hour, long bookings) {}

  record Host(String hostId, String name, long bookings, double share, Double fairnessTarget) {}

  record Source(String source, long bookings) {}

  record VipTier(String tier, long bookings) {}

  record Integration(
      LocalDate date,
      String integration,
      long calls,
      Double successRate,
      Long p95Ms,
      long circuitOpened,
      long backlog,
      long oldestDueSeconds) {}

  static Insights of(InsightsReport report, ZoneId zone) {
    InsightsReport.Totals t = report.totals();
    return new Insights(
        report.query().from(),
        report.query().to(),
        report.query().eventType().orElse(null),
        report.query().host().orElse(null),
        zone.getId(),
        new Totals(
            t.views(),
            t.visitors(),
            t.searches(),
            t.searchers(),
            t.bookings(),
            t.cancellations(),
            t.reschedules(),
            t.noShows(),
            t.conversion(),
            t.noShowRate()),
        report.days().stream().map(InsightsJson::day).toList(),
        report.popularTimes().stream().map(InsightsJson::time).toList(),
        report.hosts().stream().map(InsightsJson::host).toList(),
        report.leadSources().stream().map(InsightsJson::source).toList(),
        report.crmSources().stream().map(InsightsJson::source).toList(),
        report.vipTiers().stream().map(k -> new VipTier(k.key(), k.count())).toList(),
        report.integrations().stream().map(InsightsJson::integration).toList());
  }

  private static Day day(DayFigures d) {
    return new Day(
        d.day(),
        d.views(),
        d.visitors(),
        d.searches(),
        d.searchers(),
        d.booked(),
        d.cancelled(),
        d.rescheduled(),
        d.noShows());
  }

  private static PopularTime time(TimeCount t) {
    return new PopularTime(t.weekday().name(), t.hour(), t.count());
  }

  private static Host host(HostShare h) {
    return new Host(h.hostId(), h.name(), h.bookings(), h.share(), h.fairnessTarget().orElse(null));
  }

  private static Source source(KeyCount k) {
    return new Source(k.key(), k.count());
  }

  private static Integration integration(IntegrationHealth i) {
    return new Integration(
        i.day(),
        i.integration(),
        i.calls(),
        i.successRate().orElse(null),
        i.p95Millis().orElse(null),
        i.circuitOpened(),
        i.backlog(),
        i.oldestDueSeconds());
  }
}
