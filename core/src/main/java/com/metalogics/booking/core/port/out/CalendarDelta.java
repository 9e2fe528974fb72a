package com.metalogics.booking.core.port.out;

import java.util.List;
import java.util.Objects;

/**
 * What a calendar says changed since a sync token, or holds in a window.
 *
 * @param busy events that are busy now (new or changed)
 * @param gone ids of events that were deleted, cancelled or stopped being busy
 * @param nextSyncToken what to ask with next time
 */
public record CalendarDelta(List<CalendarItem> busy, List<String> gone, String nextSyncToken) {

  public CalendarDelta {
    busy = List.copyOf(busy);
    gone = List.copyOf(gone);
    Objects.requireNonNull(nextSyncToken, "nextSyncToken");
  }

  public boolean isEmpty() {
    return busy.isEmpty() && gone.isEmpty();
  }
}
