package com.metalogics.booking.core.port.out;

import java.util.List;

/**
 * The daily insight aggregates. Booking outcomes arrive as {@link Tally}s through the {@link
 * BookingRepository} writes they count; traffic and integration calls are counted in memory and
 * added here in batches. Every implementation passes {@code InsightsRepositoryContract}.
 */
public interface InsightsRepository {

  /** Adds each count to its day's row; several counts of one row may come in one call. */
  void addTraffic(List<TrafficCount> counts);

  /** Adds each day's calls to its row and keeps the higher backlog figures. */
  void addIntegrationDays(List<IntegrationDay> days);

  /** The aggregates of the filter's days, read without touching a booking. */
  InsightsData read(InsightsFilter filter);
}
