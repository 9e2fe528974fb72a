package com.metalogics.booking.adapter.jdbi;

import com.metalogics.booking.core.contract.BookingRepositoryContract;
import com.metalogics.booking.core.port.out.BookingRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2FileBookingRepositoryTest extends BookingRepositoryContract {

  private static JdbiStorage storage;

  @BeforeAll
  static void openStorage() {
    storage = JdbiStorage.open(H2Files.freshDatabase());
  }

  @AfterAll
  static void closeStorage() {
    storage.close();
  }

  @Override
  protected BookingRepository createRepository() {
    return storage.repository();
  }
}
