package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Effect;
import java.time.Instant;
import java.util.List;

/**
 * Decides which effects a booking change causes; they are written in the same transaction as the
 * change. The engine plans the calendar, CRM and mail effects itself; extra planners are registered
 * with {@code BookingEngine.builder().effectPlanner(...)}. Build each effect with {@link
 * Effect#planned}, with at most one effect per kind and target for the booking's revision.
 */
public interface EffectPlanner {

  /**
   * @param firstWorkerAttempt when the worker may take an effect due now: until then the request
   *     that made the change runs it
   */
  List<Effect> plan(BookingChange change, Instant now, Instant firstWorkerAttempt);
}
