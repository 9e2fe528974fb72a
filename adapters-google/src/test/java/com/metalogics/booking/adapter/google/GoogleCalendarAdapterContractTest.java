package com.metalogics.booking.adapter.google;

import com.metalogics.booking.core.contract.CalendarPortContract;
import com.metalogics.booking.core.port.out.CalendarPort;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The port's contract, met by the real adapter talking HTTP to the fake Google. */
class GoogleCalendarAdapterContractTest extends CalendarPortContract {

  @TempDir Path directory;
  private GoogleFixture fixture;

  @Override
  protected CalendarPort createCalendar() {
    fixture = new GoogleFixture(directory);
    return fixture.adapter();
  }

  @AfterEach
  void stopGoogle() {
    fixture.close();
  }
}
