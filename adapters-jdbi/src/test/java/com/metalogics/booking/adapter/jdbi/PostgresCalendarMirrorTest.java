package com.metalogics.booking.adapter.jdbi;

import com.metalogics.booking.core.contract.CalendarMirrorStoreContract;
import com.metalogics.booking.core.port.out.CalendarMirrorStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresCalendarMirrorTest extends CalendarMirrorStoreContract {

  private static JdbiStorage storage;

  @BeforeAll
  static void openStorage() {
    storage = JdbiStorage.open(PostgresServer.freshDatabase());
  }

  @AfterAll
  static void closeStorage() {
    storage.close();
  }

  @Override
  protected CalendarMirrorStore createStore() {
    return storage.calendarMirror();
  }
}
