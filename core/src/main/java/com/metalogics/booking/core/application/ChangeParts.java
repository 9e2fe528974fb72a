package com.metalogics.booking.core.application;

import com.metalogics.booking.core.port.out.BookingRepository;
import java.time.Clock;
import java.time.Duration;

/**
 * What every service that changes bookings works with: the store, the catalog, the calendar check
 * that admits hosts, the planning of a change's effects and their run within the request's budget.
 */
record ChangeParts(
    BookingRepository repository,
    CatalogCache catalog,
    CalendarCheck calendarCheck,
    EffectPlanning planning,
    InlineEffects inline,
    Clock clock,
    Duration mirrorBudget) {}
