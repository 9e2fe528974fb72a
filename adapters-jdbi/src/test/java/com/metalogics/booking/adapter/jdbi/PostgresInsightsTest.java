package com.metalogics.booking.adapter.jdbi;

import com.metalogics.booking.core.contract.InsightsRepositoryContract;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.InsightsRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresInsightsTest extends InsightsRepositoryContract {

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
  protected BookingRepository createBookings() {
    return storage.repository();
  }

  @Override
  protected InsightsRepository createInsights() {
    return storage.insights();
  }
}
