package com.metalogics.booking.adapter.jdbi;

import com.metalogics.booking.core.contract.BookingRepositoryContract;
import com.metalogics.booking.core.port.out.BookingRepository;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2InMemoryBookingRepositoryTest extends BookingRepositoryContract {

  private static JdbiStorage storage;

  @BeforeAll
  static void openStorage() {
    storage = JdbiStorage.open(StorageConfig.of("jdbc:h2:mem:" + UUID.randomUUID(), "", ""));
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
