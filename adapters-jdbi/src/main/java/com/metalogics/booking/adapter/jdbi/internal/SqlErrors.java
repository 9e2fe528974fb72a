package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.StorageUnavailableException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.transaction.TransactionException;

/**
 * Translates driver and pool failures into the core's error types at the port boundary, without the
 * bound values that the driver's and Jdbi's messages quote (see {@link StorageFailure}).
 */
public final class SqlErrors {

  /**
   * The attribute that names a Jdbi statement for the log ({@code define(STATEMENT_NAME, "...")});
   * statements on plain JDBC are named by {@link DirectStatement}.
   */
  static final String STATEMENT_NAME = "statementName";

  /** PostgreSQL: exclusion constraint violated (our no-overlap constraint). */
  private static final String EXCLUSION_VIOLATION = "23P01";

  /**
   * SQLSTATE classes meaning "the database cannot serve us right now": connection exceptions,
   * insufficient resources, operator intervention (shutdown, query cancelled), transaction rollback
   * (deadlock, serialisation) and lock timeouts.
   */
  private static final Set<String> UNAVAILABLE_CLASSES = Set.of("08", "53", "57", "40", "HY");

  /** PostgreSQL: lock_not_available, a lock wait that ran out (lock_timeout). */
  private static final String LOCK_NOT_AVAILABLE = "55P03";

  /**
   * H2 error codes for the same situations: connection broken, database closed, database in use by
   * another process, called during shutdown, lock timeout, I/O failure, out of memory.
   */
  private static final Set<Integer> H2_UNAVAILABLE_CODES =
      Set.of(90067, 90098, 90020, 90121, 50200, 90028, 90108, 90135);

  private SqlErrors() {}

  /** True when {@code failure} is the database saying it cannot serve us right now. */
  public static boolean isUnavailable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectionException
          || t instanceof SQLTransientException
          || t instanceof SQLRecoverableException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof java.net.ConnectException) {
        return true;
      }
      if (t instanceof SQLException sql && isUnavailableState(sql)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the database rolled the transaction back to end a deadlock or a serialisation
   * conflict (SQLSTATE class 40): running it again can succeed at once.
   */
  static boolean isRolledBack(StorageUnavailableException failure) {
    return failure.getCause() instanceof StorageFailure stored
        && stored.sqlState().filter(state -> state.startsWith("40")).isPresent();
  }

  static boolean isExclusionViolation(StorageFailure failure) {
    return failure.sqlState().filter(EXCLUSION_VIOLATION::equals).isPresent();
  }

  /**
   * Storage failures become {@link StorageUnavailableException}: the transaction has been rolled
   * back, so nothing was half-written. Anything else is a programming error and stays one, a {@link
   * StorageFailure}. Neither carries the original failure.
   */
  public static RuntimeException translate(RuntimeException failure) {
    StorageFailure redacted = StorageFailure.of(failure, statementName(failure));
    if (isUnavailable(failure)) {
      return new StorageUnavailableException("The booking database is unavailable", redacted);
    }
    return redacted;
  }

  private static String statementName(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof DirectStatement.SqlFailure direct) {
        return direct.statement();
      }
      if (t instanceof StatementException statement) {
        StatementContext context = statement.getStatementContext();
        Object name = context == null ? null : context.getAttribute(STATEMENT_NAME);
        return name == null ? "unnamed" : name.toString();
      }
      if (t instanceof ConnectionException) {
        return "connect";
      }
      if (t instanceof TransactionException) {
        return "transaction";
      }
    }
    return "unnamed";
  }

  private static boolean isUnavailableState(SQLException sql) {
    String state = sql.getSQLState();
    boolean byState =
        state != null
            && state.length() >= 2
            && (UNAVAILABLE_CLASSES.contains(state.substring(0, 2))
                || LOCK_NOT_AVAILABLE.equals(state))
            && !"HY000".equals(state);
    boolean h2 = sql.getClass().getName().startsWith("org.h2.");
    return byState || (h2 && H2_UNAVAILABLE_CODES.contains(sql.getErrorCode()));
  }

  static Optional<SQLException> sqlException(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return Optional.of(sql);
      }
    }
    return Optional.empty();
  }
}
