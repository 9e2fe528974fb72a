package com.metalogics.booking.core.port.in;

import com.metalogics.booking.core.port.out.InsightsData.DayFigures;
import com.metalogics.booking.core.port.out.InsightsData.KeyCount;
import com.metalogics.booking.core.port.out.InsightsData.TimeCount;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the insights show for a query.
 *
 * @param popularTimes bookings made, by the weekday and hour of their meeting in the business zone
 * @param leadSources bookings made, by the label of their lead source
 * @param crmSources bookings, by where the CRM says their contact came from
 * @param vipTiers bookings made under a VIP tier, by tier id
 */
public record InsightsReport(
    InsightsQuery query,
    Totals totals,
    List<DayFigures> days,
    List<TimeCount> popularTimes,
    List<HostShare> hosts,
    List<KeyCount> leadSources,
    List<KeyCount> crmSources,
    List<KeyCount> vipTiers,
    List<IntegrationHealth> integrations) {

  public InsightsReport {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(totals, "totals");
    days = List.copyOf(days);
    popularTimes = List.copyOf(popularTimes);
    hosts = List.copyOf(hosts);
    leadSources = List.copyOf(leadSources);
    crmSources = List.copyOf(crmSources);
    vipTiers = List.copyOf(vipTiers);
    integrations = List.copyOf(integrations);
  }

  /**
   * The range's sums.
   *
   * @param visitors distinct visitors per day, summed over the days
   * @param searchers visitors who searched for slots, per day, summed
   * @param conversion bookings made per visitor who searched; 0 without searchers
   * @param noShowRate no-shows per booking made; 0 without bookings
   */
  public record Totals(
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

  /**
   * A host's bookings made and share of all made in the range.
   *
   * @param fairnessTarget the share an even round-robin would give, for an event type with several
   *     hosts
   */
  public record HostShare(
      String hostId, String name, long bookings, double share, Optional<Double> fairnessTarget) {
    public HostShare {
      Objects.requireNonNull(hostId, "hostId");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(fairnessTarget, "fairnessTarget");
    }
  }

  /**
   * One integration on one business day.
   *
   * @param successRate successful calls per call; empty without calls
   * @param p95Millis the upper bound of the latency bucket holding the 95th percentile; empty
   *     without calls or when it lies above the highest bound
   * @param oldestDueSeconds the longest any of its effects waited while due
   */
  public record IntegrationHealth(
      LocalDate day,
      String integration,
      long calls,
      Optional<Double> successRate,
      Optional<Long> p95Millis,
      long circuitOpened,
      long backlog,
      long oldestDueSeconds) {
    public IntegrationHealth {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(integration, "integration");
      Objects.requireNonNull(successRate, "successRate");
      Objects.requireNonNull(p95Millis, "p95Millis");
    }
  }
}
