package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.port.out.BookingCursor;
import com.metalogics.booking.core.port.out.BookingPage;
import com.metalogics.booking.core.port.out.BookingQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The admin list as keyset pagination: ordered by start time then id, which both databases order as
 * the UUID's lower-case string, so a cursor is just the last (start time, id).
 */
final class BookingListQuery {

  private BookingListQuery() {}

  static BookingPage run(Handle handle, BookingQuery q, BookingRowMapper mapper) {
    List<String> where = new ArrayList<>();
    q.status().ifPresent(s -> where.add("status = :status"));
    q.needsSync().ifPresent(n -> where.add("needs_sync = :needs_sync"));
    q.from().ifPresent(f -> where.add("start_time >= :from"));
    q.to().ifPresent(t -> where.add("start_time < :to"));
    q.email().ifPresent(e -> where.add("email_normalized = :email"));
    q.after()
        .ifPresent(
            c ->
                where.add(
                    "(start_time > :after_start OR (start_time = :after_start AND id > :after_id))"));
    String sql =
        "SELECT * FROM bookings"
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + " ORDER BY start_time, id LIMIT :limit";
    Query query =
        handle
            .createQuery(sql)
            .define(SqlErrors.STATEMENT_NAME, "list bookings")
            .bind("limit", q.limit() + 1);
    q.status().ifPresent(s -> query.bind("status", s.name()));
    q.needsSync().ifPresent(n -> query.bind("needs_sync", n.booleanValue()));
    BookingColumns.bindInstant(query, "from", q.from());
    BookingColumns.bindInstant(query, "to", q.to());
    q.email().ifPresent(e -> query.bind("email", e));
    BookingColumns.bindInstant(query, "after_start", q.after().map(BookingCursor::startTime));
    q.after().ifPresent(c -> query.bind("after_id", c.id()));
    List<Booking> rows = query.map(mapper).list();
    if (rows.size() <= q.limit()) {
      return new BookingPage(rows, Optional.empty());
    }
    List<Booking> page = rows.subList(0, q.limit());
    return new BookingPage(page, Optional.of(BookingCursor.of(page.get(page.size() - 1))));
  }
}
