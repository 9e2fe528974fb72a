package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.port.out.BookingCursor;
import com.metalogics.booking.core.port.out.BookingSort;
import java.util.Optional;
import org.jdbi.v3.core.statement.Query;

/**
 * The admin list's {@link BookingSort} in SQL: the sort key, then start time, then id, all in one
 * direction, and the keyset condition that starts a page at a {@link BookingCursor}. Text keys
 * compare by code point on both databases (see {@link Dialect#byCodePoint}), as they do in memory.
 */
final class ListOrder {

  private final BookingSort sort;
  private final Optional<String> key;
  private final String keyParameter;

  private ListOrder(BookingSort sort, Optional<String> key, String keyParameter) {
    this.sort = sort;
    this.key = key;
    this.keyParameter = keyParameter;
  }

  static ListOrder of(BookingSort sort, Dialect dialect, EnabledIntegrations integrations) {
    return switch (sort.field()) {
      case START -> new ListOrder(sort, Optional.empty(), "");
      case NAME -> text(sort, dialect, "LOWER(attendee_name)", "LOWER(:cursor_key)");
      case EMAIL -> text(sort, dialect, "email_normalized", ":cursor_key");
      case COMPANY ->
          text(sort, dialect, "LOWER(COALESCE(attendee_company, ''))", "LOWER(:cursor_key)");
      case STATUS -> text(sort, dialect, "status", ":cursor_key");
      case SYNC -> new ListOrder(sort, Optional.of(SyncSql.rank(integrations)), ":cursor_key");
    };
  }

  private static ListOrder text(
      BookingSort sort, Dialect dialect, String column, String parameter) {
    return new ListOrder(sort, Optional.of(dialect.byCodePoint(column)), parameter);
  }

  /** {@code ORDER BY ...}, reversed when a backward cursor reads towards the list's start. */
  String orderBy(Optional<BookingCursor> cursor) {
    boolean descending = sort.descending() != cursor.map(BookingCursor::backward).orElse(false);
    String direction = descending ? " DESC" : " ASC";
    String byStart = "start_time" + direction + ", id" + direction;
    return " ORDER BY " + key.map(k -> k + direction + ", ").orElse("") + byStart;
  }

  /** The rows after (or, backward, before) the cursor's position in this order. */
  String after(BookingCursor cursor) {
    boolean greater = sort.descending() == cursor.backward();
    String op = greater ? " > " : " < ";
    String byStart =
        "start_time"
            + op
            + ":cursor_start OR (start_time = :cursor_start AND id"
            + op
            + ":cursor_id)";
    return key.map(
            k ->
                "("
                    + k
                    + op
                    + keyParameter
                    + " OR ("
                    + k
                    + " = "
                    + keyParameter
                    + " AND ("
                    + byStart
                    + ")))")
        .orElse("(" + byStart + ")");
  }

  void bind(Query query, BookingCursor cursor) {
    BookingColumns.bindInstant(query, "cursor_start", Optional.of(cursor.startTime()));
    query.bind("cursor_id", cursor.id());
    if (sort.field() == BookingSort.Field.SYNC) {
      query.bind("cursor_key", Integer.parseInt(cursor.key()));
    } else if (key.isPresent()) {
      query.bind("cursor_key", cursor.key());
    }
  }
}
