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
            .thenComparingLong(this::surplus)
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

  /**
   * How far the host would be above their share after one more booking, scaled by the total weight
   * to stay in whole numbers: {@code load * W - (N + 1) * weight}.
   */
  private long surplus(PoolHost host) {
    return effective.get(host.id()) * totalWeight - (total + 1) * host.weight();
  }

  private Instant lastBooked(PoolHost host) {
    return loads.getOrDefault(host.id(), HostLoad.NONE).lastBooked().orElse(Instant.MIN);
  }
}
