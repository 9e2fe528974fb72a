package com.metalogics.booking.adapter.jdbi.internal;

import org.jdbi.v3.core.Handle;

/** Row locks in {@code calendar_lock}, held until the surrounding transaction ends. */
final class Locks {

  /** Serialises everything that decides whether a booking fits the calendar. */
  static final String CALENDAR = "calendar";

  /** Serialises sync claimers on databases without SKIP LOCKED. */
  static final String SYNC = "sync";

  private Locks() {}

  static void lock(Handle handle, String name) {
    handle
        .createQuery("SELECT name FROM calendar_lock WHERE name = :name FOR UPDATE")
        .bind("name", name)
        .mapTo(String.class)
        .one();
  }
}
