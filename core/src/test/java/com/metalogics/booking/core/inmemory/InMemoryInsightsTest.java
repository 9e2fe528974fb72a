package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.contract.InsightsRepositoryContract;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.InsightsRepository;

class InMemoryInsightsTest extends InsightsRepositoryContract {

  private final InMemoryBookingRepository repository = new InMemoryBookingRepository();

  @Override
  protected BookingRepository createBookings() {
    return repository;
  }

  @Override
  protected InsightsRepository createInsights() {
    return repository.insights();
  }
}
