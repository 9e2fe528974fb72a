package com.metalogics.booking.core.port.in;

import com.metalogics.booking.core.domain.EventType;
import java.util.List;

/** What a visitor may book: the active event types with an active host, ordered by slug. */
public interface ListEventTypes {

  List<EventType> activeEventTypes();
}
