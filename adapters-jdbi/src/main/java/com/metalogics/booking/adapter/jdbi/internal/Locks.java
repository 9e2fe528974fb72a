package com.metalogics.booking.adapter.jdbi.internal;

import org.jdbi.v3.core.Handle;

/** Row locks in {@code calendar_lock}, held until the surrounding transaction ends. */
final class Locks {

  /** Serialises everything that decides whether a booking fits the calendar. */
  static final String CALENDAR = "calendar";

  /** Serialises sync claimers on databases without SKIP LOCKED. */
  static final String SYNC = "sync";

  private static final String SELECT_FOR_UPDATE =
      "SELECT name FROM calendar_lock WHERE name = :name FOR UPDATE";

  /**
   * H2 keeps no parsed plan for SELECT ... FOR UPDATE and parses it on every call, while this
   * process's other calendar writers wait; an UPDATE that changes nothing takes the same row lock
   * until commit, and H2 caches its plan per connection.
   */
  private static final String H2_UPDATE = "UPDATE calendar_lock SET name = name WHERE name = :name";

  private Locks() {}

  static void lock(Handle handle, Dialect dialect, String name) {
    if (dialect == Dialect.H2) {
      int rows =
          handle
              .createUpdate(H2_UPDATE)
              .define(SqlErrors.STATEMENT_NAME, "lock " + name)
              .bind("name", name)
              .execute();
      if (rows != 1) {
        throw new IllegalStateException("lock row '" + name + "' is missing");
      }
      return;
    }
    handle
        .createQuery(SELECT_FOR_UPDATE)
        .define(SqlErrors.STATEMENT_NAME, "lock " + name)
        .bind("name", name)
        .mapTo(String.class)
        .one();
  }
}
