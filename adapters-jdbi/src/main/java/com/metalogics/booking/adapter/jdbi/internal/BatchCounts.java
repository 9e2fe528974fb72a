package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.port.out.Tally;
import java.util.ArrayList;
import java.util.List;

/**
 * What the writes of one calendar batch count: insight tallies, and the host loads of bookings
 * whose type no write of the batch reads loads of (a single host's). Added, summed, just before the
 * batch commits, as the bookings of one batch mostly count on the same rows.
 */
final class BatchCounts {

  private final List<Tally> tallies = new ArrayList<>();
  private final List<HostLoads.Entry> loads = new ArrayList<>();

  void tallies(List<Tally> more) {
    tallies.addAll(more);
  }

  void tally(Tally tally) {
    tallies.add(tally);
  }

  /** A booking just inserted, to count in {@code host_loads}. */
  void load(HostLoads.Entry entry) {
    loads.add(entry);
  }

  void addAll(BatchCounts other) {
    tallies.addAll(other.tallies);
    loads.addAll(other.loads);
  }

  List<Tally> tallies() {
    return tallies;
  }

  List<HostLoads.Entry> loads() {
    return loads;
  }
}
