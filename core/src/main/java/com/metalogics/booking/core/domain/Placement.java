package com.metalogics.booking.core.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which event type a booking was made for, which hosts take it, and the VIP tier it was made under.
 *
 * @param eventType the event type's slug
 * @param hostId the assigned host's id; of a collective meeting, the first host's
 * @param vipTier the id of the VIP tier whose rules admitted the booking; empty for the ordinary
 *     rules
 * @param coHosts the further hosts of a collective meeting, in the pool's order; empty otherwise
 * @param assignmentReason why the host was chosen, for admins; empty for a single-host type
 */
public record Placement(
    String eventType,
    String hostId,
    Optional<String> vipTier,
    List<String> coHosts,
    Optional<String> assignmentReason) {

  /** The event type and host a fresh database is seeded with, and phase-1 bookings belong to. */
  public static final Placement DEFAULT = new Placement("meeting", "owner");

  public Placement {
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(hostId, "hostId");
    Objects.requireNonNull(vipTier, "vipTier");
    coHosts = List.copyOf(coHosts);
    Objects.requireNonNull(assignmentReason, "assignmentReason");
    if (coHosts.contains(hostId)) {
      throw new IllegalArgumentException("coHosts repeat the host " + hostId);
    }
  }

  /** A placement with one host. */
  public Placement(String eventType, String hostId, Optional<String> vipTier) {
    this(eventType, hostId, vipTier, List.of(), Optional.empty());
  }

  /** A placement under the ordinary rules. */
  public Placement(String eventType, String hostId) {
    this(eventType, hostId, Optional.empty());
  }

  /** The same type and hosts, under {@code tier}'s rules (or the ordinary ones when empty). */
  public Placement underTier(Optional<String> tier) {
    return new Placement(eventType, hostId, tier, coHosts, assignmentReason);
  }

  /** The same type and tier, taken by {@code hosts} (the first leads) for {@code reason}. */
  public Placement assignedTo(List<String> hosts, Optional<String> reason) {
    if (hosts.isEmpty()) {
      throw new IllegalArgumentException("a booking needs a host");
    }
    return new Placement(eventType, hosts.get(0), vipTier, hosts.subList(1, hosts.size()), reason);
  }

  /** Every host of the booking, the lead first. */
  public List<String> hostIds() {
    if (coHosts.isEmpty()) {
      return List.of(hostId);
    }
    List<String> all = new ArrayList<>(coHosts.size() + 1);
    all.add(hostId);
    all.addAll(coHosts);
    return List.copyOf(all);
  }

  public boolean hasHost(String id) {
    return hostId.equals(id) || coHosts.contains(id);
  }
}
