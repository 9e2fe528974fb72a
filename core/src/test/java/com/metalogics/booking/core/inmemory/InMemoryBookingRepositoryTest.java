package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.contract.BookingRepositoryContract;
import com.metalogics.booking.core.port.out.BookingRepository;

class InMemoryBookingRepositoryTest extends BookingRepositoryContract {

  @Override
  protected BookingRepository createRepository() {
    return new InMemoryBookingRepository();
  }
}
