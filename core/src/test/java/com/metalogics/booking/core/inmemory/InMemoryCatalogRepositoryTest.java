package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.contract.CatalogRepositoryContract;
import com.metalogics.booking.core.contract.Fixtures;
import com.metalogics.booking.core.contract.MutableClock;
import com.metalogics.booking.core.port.out.CatalogRepository;

class InMemoryCatalogRepositoryTest extends CatalogRepositoryContract {

  private final MutableClock clock = new MutableClock(Fixtures.NOW);

  @Override
  protected CatalogRepository createRepository() {
    return new InMemoryCatalogRepository(clock);
  }

  @Override
  protected MutableClock clock() {
    return clock;
  }
}
