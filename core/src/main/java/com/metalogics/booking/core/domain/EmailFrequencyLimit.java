package com.metalogics.booking.core.domain;

/**
 * At most {@code max} active bookings per e-mail address within {@code windowDays}. Bounds are
 * checked by the {@link EventType} holding the limit.
 */
public record EmailFrequencyLimit(int max, int windowDays) {}
