package com.metalogics.booking.adapter.jdbi.internal;

import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Claims in {@code calendar_claims}: an expired claim is taken over by a conditional update, a new
 * one inserted; of two instances inserting at once the primary key lets one win.
 */
final class ClaimRows {

  private static final String UNIQUE_VIOLATION = "23505";

  private ClaimRows() {}

  static boolean claim(Handle h, String key, Instant now, Instant until) {
    int taken =
        h.createUpdate(
                "UPDATE calendar_claims SET claimed_until = :until"
                    + " WHERE claim_key = :key AND claimed_until <= :now")
            .define(SqlErrors.STATEMENT_NAME, "take over calendar claim")
            .bind("key", key)
            .bind("now", now)
            .bind("until", until)
            .execute();
    if (taken == 1) {
      return true;
    }
    try {
      return h.createUpdate(
                  "INSERT INTO calendar_claims (claim_key, claimed_until) VALUES (:key, :until)")
              .define(SqlErrors.STATEMENT_NAME, "calendar claim")
              .bind("key", key)
              .bind("until", until)
              .execute()
          == 1;
    } catch (UnableToExecuteStatementException e) {
      if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return false;
      }
      throw e;
    }
  }
}
