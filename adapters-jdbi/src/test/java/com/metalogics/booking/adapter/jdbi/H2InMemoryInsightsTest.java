package com.metalogics.booking.adapter.jdbi;

import com.metalogics.booking.core.contract.InsightsRepositoryContract;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.InsightsRepository;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2InMemoryInsightsTest extends InsightsRepositoryContract {

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
  protected BookingRepository createBookings() {
    return storage.repository();
  }

  @Override
  protected InsightsRepository createInsights() {
    return storage.insights();
  }
}
