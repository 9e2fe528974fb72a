package com.metalogics.booking.core.application;

import com.metalogics.booking.core.availability.Priority;
import com.metalogics.booking.core.domain.VipGrant;
import com.metalogics.booking.core.domain.VipTier;
import com.metalogics.booking.core.port.in.Warning;
import java.util.List;
import java.util.Optional;

/**
 * A visitor as the VIP rules see them for one event type.
 *
 * @param tier the tier whose grant applies; empty for the ordinary rules
 * @param priority what the availability function is to apply
 * @param warnings {@link Warning#CRM_UNAVAILABLE} when the CRM could not say in time
 */
record VipStatus(
    Optional<VipTier> tier, Optional<VipGrant> grant, Priority priority, List<Warning> warnings) {

  VipStatus {
    warnings = List.copyOf(warnings);
  }

  Optional<String> tierId() {
    return tier.map(VipTier::id);
  }
}
