package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.contract.CalendarPortContract;
import com.metalogics.booking.core.port.out.CalendarPort;

class InMemoryCalendarTest extends CalendarPortContract {

  @Override
  protected CalendarPort createCalendar() {
    return new InMemoryCalendar();
  }
}
