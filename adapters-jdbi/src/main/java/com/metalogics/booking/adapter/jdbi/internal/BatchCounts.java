package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.SlotUnavailableException.Reason;
import com.metalogics.booking.core.port.out.HostChoice;
import com.metalogics.booking.core.port.out.HostLoad;
import com.metalogics.booking.core.port.out.PoolCredit;
import com.metalogics.booking.core.port.out.PoolHost;
import com.metalogics.booking.core.port.out.Tally;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/**
 * What the writes of one calendar batch count, and the round-robin ledger they share.
 *
 * <p>Counts: insight tallies and the host loads of bookings just inserted, added, summed, just
 * before the batch commits, as the bookings of one batch mostly count on the same rows. A write
 * hands its counts over only once it can no longer refuse, as it writes.
 *
 * <p>The ledger: each pool type's loads and credits are read once per batch and kept up to date
 * with the batch's own reservations, instead of being read again, under the lock, by each. A write
 * that changes loads or credits another way first {@linkplain #settle settles}.
 */
final class BatchCounts {

  private final List<Tally> tallies = new ArrayList<>();
  private final List<HostLoads.Entry> loads = new ArrayList<>();
  private final Map<String, Map<Instant, Map<String, HostLoad>>> loadsRead = new HashMap<>();
  private final Map<String, Map<String, PoolCredit>> creditsRead = new HashMap<>();

  void tallies(List<Tally> more) {
    tallies.addAll(more);
  }

  void tally(Tally tally) {
    tallies.add(tally);
  }

  /**
   * A booking just inserted, to count in {@code host_loads}; the loads this batch read of its type
   * count it at once.
   */
  void load(HostLoads.Entry entry) {
    loads.add(entry);
    loadsRead
        .getOrDefault(entry.eventType(), Map.of())
        .forEach(
            (since, byHost) -> {
              if (!entry.createdAt().isBefore(since)) {
                byHost.merge(entry.hostId(), one(entry.createdAt()), BatchCounts::plus);
              }
            });
  }

  List<Tally> tallies() {
    return tallies;
  }

  /** The loads counted so far and not yet added; the caller adds them. */
  List<HostLoads.Entry> drainLoads() {
    List<HostLoads.Entry> drained = List.copyOf(loads);
    loads.clear();
    return drained;
  }

  /**
   * Before a write that changes loads or credits in the database: adds the loads counted so far
   * there, and forgets what the ledger read, so that the next reader reads it all again.
   */
  void settle(HostLoads hostLoads, Handle handle) {
    hostLoads.insertedAll(handle, drainLoads());
    loadsRead.clear();
    creditsRead.clear();
  }

  /** {@code ledger}, its loads and credits read once per batch and type. */
  HostChoice.Ledger cached(HostChoice.Ledger ledger) {
    return new HostChoice.Ledger() {
      @Override
      public Map<String, HostLoad> loads(String eventType, Instant since) {
        return Map.copyOf(
            loadsRead
                .computeIfAbsent(eventType, t -> new HashMap<>())
                .computeIfAbsent(since, s -> new HashMap<>(ledger.loads(eventType, since))));
      }

      @Override
      public Map<String, PoolCredit> credits(String eventType) {
        return Map.copyOf(
            creditsRead.computeIfAbsent(eventType, t -> new HashMap<>(ledger.credits(eventType))));
      }

      @Override
      public void saveCredits(String eventType, Map<String, PoolCredit> joined, Set<String> left) {
        ledger.saveCredits(eventType, joined, left);
        creditsRead.remove(eventType);
      }

      @Override
      public Optional<Reason> refusal(PoolHost host) {
        return ledger.refusal(host);
      }
    };
  }

  private static HostLoad one(Instant createdAt) {
    return new HostLoad(1, Optional.of(createdAt));
  }

  private static HostLoad plus(HostLoad load, HostLoad added) {
    Optional<Instant> latest =
        Stream.concat(load.lastBooked().stream(), added.lastBooked().stream())
            .max(Comparator.naturalOrder());
    return new HostLoad(load.bookings() + added.bookings(), latest);
  }
}
