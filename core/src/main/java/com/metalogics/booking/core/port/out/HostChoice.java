package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.SlotUnavailableException.Reason;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Who may take a new booking, decided by storage under the reservation's lock with {@link #decide}:
 * so two racing reservations never pick by the same stale count.
 *
 * <p>Round-robin: the free candidate with the highest priority, then by their weighted share of the
 * pool's bookings in the fairness period: of the hosts far enough below their share, the one whose
 * share reaches their next booking first (Tijdeman's rule, see {@link Fairness}; with equal
 * weights: the fewest bookings), then the least recently booked, then by id. Neither the plain
 * bookings/weight ratio (a simulation with random weights found a host 2.7 behind) nor "furthest
 * below the share" (1.015) keeps every host within one booking of their share; this rule does.
 *
 * @param eventType the type whose bookings count
 * @param pool the type's active hosts, in the pool's order
 * @param candidates the pool hosts the rules and calendars found free; all of them for {@code
 *     COLLECTIVE}
 * @param fairnessSince where the fairness period starts
 * @param listener told each decision inside the write that asked for it, before the write reads its
 *     effects: so effects that name the hosts chosen are stored with the booking
 */
public record HostChoice(
    String eventType,
    Assignment assignment,
    List<PoolHost> pool,
    Set<String> candidates,
    Instant fairnessSince,
    Consumer<Decision> listener) {

  /** What storage answers inside the reservation's lock. */
  public interface Ledger {

    /** The pool hosts' confirmed bookings of {@code eventType} made since {@code since}. */
    Map<String, HostLoad> loads(String eventType, Instant since);

    /** The credits stored for {@code eventType}, by host. */
    Map<String, PoolCredit> credits(String eventType);

    /** Stores {@code joined}'s credits and forgets {@code left}'s, so a return starts afresh. */
    void saveCredits(String eventType, Map<String, PoolCredit> joined, Set<String> left);

    /** Why {@code host} cannot take the slot (a booking of theirs, a full cap), if so. */
    Optional<Reason> refusal(PoolHost host);
  }

  /** The hosts chosen, the lead first, and why. */
  public record Decision(List<String> hosts, Optional<String> reason) {
    public Decision {
      hosts = List.copyOf(hosts);
      Objects.requireNonNull(reason, "reason");
    }
  }

  public HostChoice {
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(assignment, "assignment");
    pool = List.copyOf(pool);
    candidates = Set.copyOf(candidates);
    Objects.requireNonNull(fairnessSince, "fairnessSince");
    Objects.requireNonNull(listener, "listener");
    if (pool.isEmpty()) {
      throw new IllegalArgumentException("the pool must hold a host");
    }
    Set<String> ids = new HashSet<>();
    pool.forEach(h -> ids.add(h.id()));
    if (!ids.containsAll(candidates)) {
      throw new IllegalArgumentException("candidates must be pool hosts");
    }
  }

  /** A choice nobody listens to. */
  public HostChoice(
      String eventType,
      Assignment assignment,
      List<PoolHost> pool,
      Set<String> candidates,
      Instant fairnessSince) {
    this(eventType, assignment, pool, candidates, fairnessSince, decision -> {});
  }

  /** The same choice, telling {@code decided} what it decides. */
  public HostChoice listenedBy(Consumer<Decision> decided) {
    return new HostChoice(eventType, assignment, pool, candidates, fairnessSince, decided);
  }

  /** The one host of a single-host type, with their limits. */
  public static HostChoice single(String eventType, String hostId, List<PeriodCap> caps) {
    return new HostChoice(
        eventType,
        Assignment.SINGLE,
        List.of(new PoolHost(hostId, 0, 1, caps)),
        Set.of(hostId),
        Instant.EPOCH);
  }

  /** The host a single-host choice names, or the pool's first. */
  public String leadHost() {
    return pool.get(0).id();
  }

  /**
   * Chooses inside the reservation's lock.
   *
   * @throws SlotUnavailableException when no host (round-robin) or not every host (collective) can
   *     take it
   */
  public Decision decide(Ledger ledger, TimeSlot slot) {
    Decision decision =
        switch (assignment) {
          case SINGLE -> all(ledger, slot, Optional.empty());
          case COLLECTIVE ->
              all(ledger, slot, Optional.of("collective: all " + pool.size() + " hosts"));
          case ROUND_ROBIN -> roundRobin(ledger, slot);
        };
    listener.accept(decision);
    return decision;
  }

  private Decision all(Ledger ledger, TimeSlot slot, Optional<String> reason) {
    List<PoolHost> byId = new ArrayList<>(pool);
    byId.sort(Comparator.comparing(PoolHost::id));
    for (PoolHost host : byId) {
      if (!candidates.contains(host.id())) {
        throw new SlotUnavailableException(slot, Reason.ALREADY_BOOKED);
      }
      Optional<Reason> refusal = ledger.refusal(host);
      if (refusal.isPresent()) {
        throw new SlotUnavailableException(slot, refusal.get());
      }
    }
    return new Decision(pool.stream().map(PoolHost::id).toList(), reason);
  }

  private Decision roundRobin(Ledger ledger, TimeSlot slot) {
    Fairness fairness = Fairness.of(this, ledger);
    Optional<Reason> firstRefusal = Optional.empty();
    List<PoolHost> ranked = fairness.ranked();
    for (int i = 0; i < ranked.size(); i++) {
      PoolHost host = ranked.get(i);
      Optional<Reason> refusal = ledger.refusal(host);
      if (refusal.isEmpty()) {
        return new Decision(List.of(host.id()), Optional.of(fairness.reason(host, i, ranked)));
      }
      firstRefusal = firstRefusal.or(() -> refusal);
    }
    throw new SlotUnavailableException(slot, firstRefusal.orElse(Reason.ALREADY_BOOKED));
  }

  /**
   * The effective loads of the pool's hosts, newcomers credited up to the pool's level: the total
   * of the hosts already in the pool, shared out by weight.
   */
  Map<String, Integer> effectiveLoads(Ledger ledger, Map<String, HostLoad> loads) {
    Map<String, PoolCredit> stored = ledger.credits(eventType);
    Map<String, Integer> effective = new HashMap<>();
    long members = 0;
    long memberWeight = 0;
    for (PoolHost host : pool) {
      if (stored.containsKey(host.id())) {
        int load = loads.getOrDefault(host.id(), HostLoad.NONE).bookings();
        PoolCredit credit = stored.get(host.id());
        int own = load + (credit.period().equals(fairnessSince) ? credit.bookings() : 0);
        effective.put(host.id(), own);
        members += own;
        memberWeight += host.weight();
      }
    }
    Map<String, PoolCredit> joined = new HashMap<>();
    for (PoolHost host : pool) {
      if (!stored.containsKey(host.id())) {
        // Up to the level, not on top of it: a host who returns keeps the bookings they took.
        int own = loads.getOrDefault(host.id(), HostLoad.NONE).bookings();
        long level = memberWeight == 0 ? 0 : members * host.weight() / memberWeight;
        int credit = (int) Math.max(0, level - own);
        joined.put(host.id(), new PoolCredit(credit, fairnessSince));
        effective.put(host.id(), own + credit);
      }
    }
    Set<String> left = new HashSet<>(stored.keySet());
    pool.forEach(h -> left.remove(h.id()));
    if (!joined.isEmpty() || !left.isEmpty()) {
      ledger.saveCredits(eventType, joined, left);
    }
    return effective;
  }
}
