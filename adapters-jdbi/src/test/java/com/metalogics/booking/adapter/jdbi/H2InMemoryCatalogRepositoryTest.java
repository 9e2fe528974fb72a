package com.metalogics.booking.adapter.jdbi;

import com.metalogics.booking.core.contract.CatalogRepositoryContract;
import com.metalogics.booking.core.contract.Fixtures;
import com.metalogics.booking.core.contract.MutableClock;
import com.metalogics.booking.core.port.out.CatalogRepository;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2InMemoryCatalogRepositoryTest extends CatalogRepositoryContract {

  private static final MutableClock CLOCK = new MutableClock(Fixtures.NOW);
  private static JdbiStorage storage;

  @BeforeAll
  static void openStorage() {
    storage = JdbiStorage.open(StorageConfig.of("jdbc:h2:mem:" + UUID.randomUUID(), "", ""), CLOCK);
  }

  @AfterAll
  static void closeStorage() {
    storage.close();
  }

  @Override
  protected CatalogRepository createRepository() {
    return storage.catalog();
  }

  @Override
  protected MutableClock clock() {
    return CLOCK;
  }
}
