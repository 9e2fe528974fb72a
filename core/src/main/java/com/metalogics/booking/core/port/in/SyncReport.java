package com.metalogics.booking.core.port.in;

/** What one sync run did. */
public record SyncReport(int attempted, int completed, int stillPending) {}
