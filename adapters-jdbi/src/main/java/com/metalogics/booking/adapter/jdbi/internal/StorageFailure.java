package com.metalogics.booking.adapter.jdbi.internal;

import java.sql.SQLException;
import java.util.Optional;

/**
 * A failed statement told by its name, SQL state and vendor code only. The driver's message and
 * Jdbi's exception text quote the bound values (an e-mail address, a name), and whatever carries
 * them in its message or causes ends up in a log line; so this has no cause, and takes the stack
 * trace of the failure it replaces to keep where it happened.
 */
public final class StorageFailure extends IllegalStateException {

  private final String statement;
  private final Optional<String> sqlState;
  private final int vendorCode;

  private StorageFailure(String statement, Optional<String> sqlState, int vendorCode) {
    super(
        "Storage failure in statement '"
            + statement
            + "' (SQL state "
            + sqlState.orElse("unknown")
            + ", vendor code "
            + vendorCode
            + ")");
    this.statement = statement;
    this.sqlState = sqlState;
    this.vendorCode = vendorCode;
  }

  /** Replaces {@code failure}; {@code statement} names the statement that failed. */
  static StorageFailure of(Throwable failure, String statement) {
    Optional<SQLException> sql = SqlErrors.sqlException(failure);
    StorageFailure redacted =
        new StorageFailure(
            statement,
            sql.map(SQLException::getSQLState),
            sql.map(SQLException::getErrorCode).orElse(0));
    redacted.setStackTrace(sql.<Throwable>map(e -> e).orElse(failure).getStackTrace());
    return redacted;
  }

  /** The short name of the statement, such as {@code insert booking}. */
  public String statement() {
    return statement;
  }

  /** The five-character SQLSTATE, when the driver gave one. */
  public Optional<String> sqlState() {
    return sqlState;
  }

  public int vendorCode() {
    return vendorCode;
  }
}
