package com.metalogics.booking.adapter.jdbi.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.ParsedSql;

/**
 * A statement with named parameters that runs on the JDBC connection of a Jdbi handle, inside the
 * handle's transaction. For the few statements every booking runs: Jdbi copies its configuration
 * and looks up an argument factory per statement and parameter, which made a fifth of the memory a
 * booking allocated. The SQL is parsed once, by Jdbi's own parser, so named parameters mean the
 * same as everywhere else: on first use, not when made, as the statements are made while the
 * service starts, and parsing them all cold took a tenth of a restart.
 */
final class DirectStatement {

  private final String name;
  private final String namedSql;
  private volatile Parsed parsed;

  private DirectStatement(String name, String namedSql) {
    this.name = name;
    this.namedSql = namedSql;
  }

  /**
   * @param name a short name for the log, as {@link SqlErrors#STATEMENT_NAME} gives Jdbi statements
   */
  static DirectStatement of(String name, String namedSql) {
    return new DirectStatement(name, namedSql);
  }

  /** The SQL with "?" for its parameters, and the parameters' names in their order. */
  private record Parsed(String sql, List<String> names) {}

  /** Two threads may both parse a new statement; they find the same, and either result is kept. */
  private Parsed parsed() {
    Parsed known = parsed;
    if (known == null) {
      ParsedSql sql = new ColonPrefixSqlParser().parse(namedSql, null);
      known = new Parsed(sql.getSql(), sql.getParameters().getParameterNames());
      parsed = known;
    }
    return known;
  }

  /** Runs an update; {@code values} gives each named parameter's value. */
  int update(Handle handle, Function<String, Object> values) {
    try (PreparedStatement statement = prepare(handle, values)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new SqlFailure(name, e);
    }
  }

  /**
   * Runs the update once per element of {@code rows}, sent together: PostgreSQL's driver sends the
   * whole batch before it reads an answer, so n rows cost one round trip, not n.
   */
  void updateBatch(Handle handle, List<? extends Function<String, Object>> rows) {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = handle.getConnection().prepareStatement(parsed().sql())) {
      for (Function<String, Object> values : rows) {
        bind(statement, values);
        statement.addBatch();
      }
      statement.executeBatch();
    } catch (SQLException e) {
      throw new SqlFailure(name, e);
    }
  }

  /** Runs a query answering one row and maps it. */
  <T> T queryOne(Handle handle, Function<String, Object> values, RowReader<T> reader) {
    try (PreparedStatement statement = prepare(handle, values);
        ResultSet row = statement.executeQuery()) {
      if (!row.next()) {
        throw new IllegalStateException("No row from: " + parsed().sql());
      }
      return reader.read(row);
    } catch (SQLException e) {
      throw new SqlFailure(name, e);
    }
  }

  /** Runs a query and maps every row, in the order the query gives them. */
  <T> List<T> queryList(Handle handle, Function<String, Object> values, RowReader<T> reader) {
    try (PreparedStatement statement = prepare(handle, values);
        ResultSet row = statement.executeQuery()) {
      List<T> rows = new ArrayList<>();
      while (row.next()) {
        rows.add(reader.read(row));
      }
      return rows;
    } catch (SQLException e) {
      throw new SqlFailure(name, e);
    }
  }

  private PreparedStatement prepare(Handle handle, Function<String, Object> values)
      throws SQLException {
    PreparedStatement statement = handle.getConnection().prepareStatement(parsed().sql());
    try {
      bind(statement, values);
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  private void bind(PreparedStatement statement, Function<String, Object> values)
      throws SQLException {
    List<String> names = parsed().names();
    for (int i = 0; i < names.size(); i++) {
      statement.setObject(i + 1, jdbcValue(values.apply(names.get(i))));
    }
  }

  /** Instants go as {@link InstantArgumentFactory} binds them everywhere else. */
  private static Object jdbcValue(Object value) {
    return value instanceof Instant instant ? InstantArgumentFactory.utc(instant) : value;
  }

  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  /**
   * A driver failure; {@link SqlErrors} reads the SQL state through the cause and never passes the
   * cause on, as its message may quote bound values.
   */
  static final class SqlFailure extends RuntimeException {

    private final String statement;

    SqlFailure(String statement, SQLException cause) {
      super("Statement '" + statement + "' failed", cause);
      this.statement = statement;
    }

    String statement() {
      return statement;
    }
  }
}
