package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.contract.CalendarMirrorStoreContract;
import com.metalogics.booking.core.port.out.CalendarMirrorStore;

class InMemoryCalendarMirrorTest extends CalendarMirrorStoreContract {

  @Override
  protected CalendarMirrorStore createStore() {
    return new InMemoryCalendarMirror();
  }
}
