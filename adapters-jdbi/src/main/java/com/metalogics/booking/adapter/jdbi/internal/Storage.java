package com.metalogics.booking.adapter.jdbi.internal;

import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Runs Jdbi work and translates its failures. A failed transaction is rolled back by Jdbi before
 * the translated exception leaves, so callers never see a half write.
 */
final class Storage {

  private Storage() {}

  static <T> T withHandle(Jdbi jdbi, HandleCallback<T, RuntimeException> work) {
    try {
      return jdbi.withHandle(work);
    } catch (JdbiException | DirectStatement.SqlFailure e) {
      throw SqlErrors.translate(e);
    }
  }

  static <T> T inTransaction(Jdbi jdbi, HandleCallback<T, RuntimeException> work) {
    try {
      return jdbi.inTransaction(work);
    } catch (JdbiException | DirectStatement.SqlFailure e) {
      throw SqlErrors.translate(e);
    }
  }
}
