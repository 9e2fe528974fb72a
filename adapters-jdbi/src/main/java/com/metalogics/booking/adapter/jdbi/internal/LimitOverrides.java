package com.metalogics.booking.adapter.jdbi.internal;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Per-e-mail limit overrides. Changes take the calendar lock: a reservation then sees either the
 * old or the new limit, never a half-made change, and the update-or-insert needs no vendor upsert.
 */
final class LimitOverrides {

  private LimitOverrides() {}

  static Optional<Integer> find(Handle handle, String normalizedEmail) {
    return handle
        .createQuery(
            "SELECT max_bookings FROM booking_limit_overrides WHERE email_normalized = :email")
        .define(SqlErrors.STATEMENT_NAME, "find limit override")
        .bind("email", normalizedEmail)
        .mapTo(Integer.class)
        .findOne();
  }

  static void set(Handle handle, String normalizedEmail, int maxBookings) {
    int updated =
        handle
            .createUpdate(
                "UPDATE booking_limit_overrides SET max_bookings = :max"
                    + " WHERE email_normalized = :email")
            .define(SqlErrors.STATEMENT_NAME, "update limit override")
            .bind("email", normalizedEmail)
            .bind("max", maxBookings)
            .execute();
    if (updated == 0) {
      handle
          .createUpdate(
              "INSERT INTO booking_limit_overrides (email_normalized, max_bookings)"
                  + " VALUES (:email, :max)")
          .define(SqlErrors.STATEMENT_NAME, "insert limit override")
          .bind("email", normalizedEmail)
          .bind("max", maxBookings)
          .execute();
    }
  }

  static void clear(Handle handle, String normalizedEmail) {
    handle
        .createUpdate("DELETE FROM booking_limit_overrides WHERE email_normalized = :email")
        .define(SqlErrors.STATEMENT_NAME, "delete limit override")
        .bind("email", normalizedEmail)
        .execute();
  }
}
