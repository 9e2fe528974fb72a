package com.metalogics.booking.core.port.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A round-robin pool's loads at the moment of one choice, and the order they rank it in. */
final class Fairness {

  private final HostChoice choice;
  private final Map<String, HostLoad> loads;
  private final Map<String, Integer> effective;
  private final long total;
  private final long totalWeight;

  private Fairness(HostChoice choice, Map<String, HostLoad> loads, Map<String, Integer> effective) {
    this.choice = choice;
    this.loads = loads;
    this.effective = effective;
    long sum = 0;
    long weights = 0;
    for (PoolHost host : choice.pool()) {
      sum += effective.get(host.id());
      weights += host.weight();
    }
    this.total = sum;
    this.totalWeight = weights;
  }

  static Fairness of(HostChoice choice, HostChoice.Ledger ledger) {
    Map<String, HostLoad> loads = ledger.loads(choice.eventType(), choice.fairnessSince());
    return new Fairness(choice, loads, choice.effectiveLoads(ledger, loads));
  }

  /** The candidates, best first. */
  List<PoolHost> ranked() {
    List<PoolHost> ranked = new ArrayList<>();
    for (PoolHost host : choice.pool()) {
      if (choice.candidates().contains(host.id())) {
        ranked.add(host);
      }
    }
    ranked.sort(
        Comparator.comparingInt(PoolHost::priority)
            .reversed()
            .thenComparing(this::eligible, Comparator.reverseOrder())
            .thenComparing(this::byDeadline)
            .thenComparing(this::lastBooked)
            .thenComparing(PoolHost::id));
    return ranked;
  }

  /** Why {@code chosen}, the {@code index}-th of {@code ranked}, takes the booking: for admins. */
  String reason(PoolHost chosen, int index, List<PoolHost> ranked) {
    StringBuilder why = new StringBuilder("round-robin: ");
    why.append("priority ").append(chosen.priority());
    why.append(", ").append(effective.get(chosen.id())).append(" bookings this period");
    why.append(" at weight ").append(chosen.weight());
    why.append(" of ").append(total).append(" in the pool");
    loads
        .getOrDefault(chosen.id(), HostLoad.NONE)
        .lastBooked()
        .ifPresent(t -> why.append(", last booked ").append(t));
    why.append("; ").append(ranked.size()).append(" free");
    if (index > 0) {
      why.append(", ").append(index).append(" ranked higher already booked or at a limit");
    }
    return why.toString();
  }

  /*
   * Tijdeman's rule for the chairman assignment problem: with n hosts and delta = 1 / (2n - 2), a
   * host is eligible for booking t when its share of t bookings, t * w / W, is at least delta above
   * its load c; of the eligible ones, the one whose share reaches c + 1 - delta first (the least
   * (c + 1 - delta) / w) takes it. Every load then stays within 1 - delta of its share at every t.
   * Taking the host furthest below its share, as before, let a load drift past 1 (a property test
   * found 1.015). Whole numbers throughout: each side is multiplied by (2n - 2) and by W.
   */

  /** Whether the host's share after this booking is at least delta above their load. */
  private boolean eligible(PoolHost host) {
    long steps = twiceLessTwo();
    return ((total + 1) * host.weight() - effective.get(host.id()) * totalWeight) * steps
        >= totalWeight;
  }

  /** Earlier deadline first: (c + 1 - delta) / w, compared across hosts without dividing. */
  private int byDeadline(PoolHost a, PoolHost b) {
    return Long.compare(deadline(a) * b.weight(), deadline(b) * a.weight());
  }

  /** (c + 1 - delta) scaled by 2n - 2. */
  private long deadline(PoolHost host) {
    long steps = twiceLessTwo();
    return (effective.get(host.id()) + 1) * steps - 1;
  }

  /** 2n - 2 for the pool's n hosts, at least 1 (one host is always within its share). */
  private long twiceLessTwo() {
    return Math.max(1, 2L * choice.pool().size() - 2);
  }

  private Instant lastBooked(PoolHost host) {
    return loads.getOrDefault(host.id(), HostLoad.NONE).lastBooked().orElse(Instant.MIN);
  }
}
