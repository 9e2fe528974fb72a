package com.metalogics.booking.core.port.in;

import com.metalogics.booking.core.domain.BusinessHours;
import com.metalogics.booking.core.domain.SlotSeries;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Free slots of one duration, the business hours they follow, and any warnings. The slots are
 * usually a {@link SlotSeries}, which is kept as it is rather than copied.
 */
public record AvailableSlots(
    List<TimeSlot> slots, Duration duration, BusinessHours businessHours, List<Warning> warnings) {

  public AvailableSlots {
    slots = slots instanceof SlotSeries ? slots : List.copyOf(slots);
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(businessHours, "businessHours");
    warnings = List.copyOf(warnings);
  }
}
