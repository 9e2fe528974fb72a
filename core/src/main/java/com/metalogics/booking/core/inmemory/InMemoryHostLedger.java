package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.SlotUnavailableException.Reason;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.HostChoice;
import com.metalogics.booking.core.port.out.HostLoad;
import com.metalogics.booking.core.port.out.PeriodCap;
import com.metalogics.booking.core.port.out.PoolCredit;
import com.metalogics.booking.core.port.out.PoolHost;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the in-memory repository checks per host, and the round-robin ledger it answers from: always
 * called under the repository's lock.
 */
final class InMemoryHostLedger {

  private final Map<String, Map<String, PoolCredit>> credits = new HashMap<>();

  /** The ledger of one reservation of {@code booking}, the slot widened by {@code buffer}. */
  HostChoice.Ledger of(Collection<Booking> bookings, Booking booking, Duration buffer) {
    return new HostChoice.Ledger() {
      @Override
      public Map<String, HostLoad> loads(String eventType, Instant since) {
        Map<String, HostLoad> loads = new HashMap<>();
        for (Booking b : bookings) {
          if (b.isActive()
              && b.placement().eventType().equals(eventType)
              && !b.createdAt().isBefore(since)) {
            for (String host : b.placement().hostIds()) {
              HostLoad was = loads.getOrDefault(host, HostLoad.NONE);
              Instant last =
                  was.lastBooked().filter(t -> t.isAfter(b.createdAt())).orElse(b.createdAt());
              loads.put(host, new HostLoad(was.bookings() + 1, Optional.of(last)));
            }
          }
        }
        return loads;
      }

      @Override
      public Map<String, PoolCredit> credits(String eventType) {
        return Map.copyOf(credits.getOrDefault(eventType, Map.of()));
      }

      @Override
      public void saveCredits(String eventType, Map<String, PoolCredit> joined, Set<String> left) {
        Map<String, PoolCredit> stored = credits.computeIfAbsent(eventType, t -> new HashMap<>());
        stored.putAll(joined);
        left.forEach(stored::remove);
      }

      @Override
      public Optional<Reason> refusal(PoolHost host) {
        if (overlaps(bookings, booking.id(), List.of(host.id()), booking.slot().widen(buffer))) {
          return Optional.of(Reason.ALREADY_BOOKED);
        }
        for (PeriodCap cap : host.caps()) {
          if (taken(bookings, booking.id(), cap.forHost(host.id())) >= cap.max()) {
            return Optional.of(Reason.LIMIT_REACHED);
          }
        }
        return Optional.empty();
      }
    };
  }

  /** Refuses when another active booking of one of the booking's hosts overlaps. */
  static void requireNoOverlap(Collection<Booking> bookings, Booking booking, Duration buffer) {
    if (overlaps(
        bookings, booking.id(), booking.placement().hostIds(), booking.slot().widen(buffer))) {
      throw new SlotUnavailableException(booking.slot(), Reason.ALREADY_BOOKED);
    }
  }

  /** Each cap counts the other confirmed bookings of its type (and host) starting in its period. */
  static void requireBelowCaps(
      Collection<Booking> bookings, Booking booking, List<PeriodCap> caps) {
    for (PeriodCap cap : caps) {
      if (taken(bookings, booking.id(), cap) >= cap.max()) {
        throw new SlotUnavailableException(booking.slot(), Reason.LIMIT_REACHED);
      }
    }
  }

  private static boolean overlaps(
      Collection<Booking> bookings, UUID own, List<String> hosts, TimeSlot widened) {
    for (Booking b : bookings) {
      if (b.isActive() && !b.id().equals(own) && b.slot().overlaps(widened)) {
        for (String host : hosts) {
          if (b.placement().hasHost(host)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static long taken(Collection<Booking> bookings, UUID own, PeriodCap cap) {
    return bookings.stream()
        .filter(Booking::isActive)
        .filter(b -> !b.id().equals(own))
        .filter(b -> b.placement().eventType().equals(cap.eventType()))
        .filter(b -> cap.hostId().map(b.placement()::hasHost).orElse(true))
        .filter(b -> !b.startTime().isBefore(cap.from()) && b.startTime().isBefore(cap.to()))
        .count();
  }
}
