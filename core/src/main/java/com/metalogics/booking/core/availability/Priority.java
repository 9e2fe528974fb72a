package com.metalogics.booking.core.availability;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the VIP rules change for one visitor of one event type. A VIP sees every slot, with the
 * tier's longer advance and shorter notice where they are; anyone else misses the held-back ones.
 *
 * @param holdBack what the event type keeps for VIPs; ignored for a VIP
 * @param vip present exactly when the visitor is a VIP for this event type
 */
public record Priority(HoldBack holdBack, Optional<VipTerms> vip) {

  public static final Priority ORDINARY = new Priority(HoldBack.NONE, Optional.empty());

  public Priority {
    Objects.requireNonNull(holdBack, "holdBack");
    Objects.requireNonNull(vip, "vip");
  }

  /** Everyone but VIPs misses the held-back slots. */
  public static Priority ordinary(HoldBack holdBack) {
    return new Priority(holdBack, Optional.empty());
  }

  public static Priority vip(HoldBack holdBack, VipTerms terms) {
    return new Priority(holdBack, Optional.of(terms));
  }

  /** The held-back slots this visitor misses. */
  HoldBack withheld() {
    return vip.isPresent() ? HoldBack.NONE : holdBack;
  }

  /**
   * A VIP's own notice and advance; each counts only where it beats the event type's.
   *
   * @param minNotice a shorter minimum notice, if any
   * @param maxAdvanceDays a longer furthest advance, if any
   */
  public record VipTerms(Optional<Duration> minNotice, OptionalInt maxAdvanceDays) {

    public static final VipTerms SAME = new VipTerms(Optional.empty(), OptionalInt.empty());

    public VipTerms {
      Objects.requireNonNull(minNotice, "minNotice");
      Objects.requireNonNull(maxAdvanceDays, "maxAdvanceDays");
    }
  }
}
