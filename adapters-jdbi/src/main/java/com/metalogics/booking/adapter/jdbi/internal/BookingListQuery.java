package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.port.out.BookingPage;
import com.metalogics.booking.core.port.out.BookingQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The admin list as keyset pagination in the query's {@link ListOrder}, plus a count of every
 * matching booking. Search terms are matched literally: LIKE's wildcards in them are escaped.
 */
final class BookingListQuery {

  private static final String ESCAPE = "!";
  private static final String LIKE = " LIKE :search ESCAPE '" + ESCAPE + "'";

  private BookingListQuery() {}

  static BookingPage run(
      Handle handle,
      Dialect dialect,
      BookingQuery q,
      EnabledIntegrations integrations,
      BookingRowMapper mapper) {
    List<String> filters = filters(q, integrations);
    Query count =
        handle
            .createQuery("SELECT COUNT(*) FROM bookings" + where(filters))
            .define(SqlErrors.STATEMENT_NAME, "count listed bookings");
    bindFilters(count, q);
    int total = Math.toIntExact(count.mapTo(Long.class).one());

    ListOrder order = ListOrder.of(q.sort(), dialect, integrations);
    List<String> conditions = new ArrayList<>(filters);
    q.cursor().ifPresent(c -> conditions.add(order.after(c)));
    String sql =
        "SELECT * FROM bookings" + where(conditions) + order.orderBy(q.cursor()) + " LIMIT :limit";
    Query select =
        handle
            .createQuery(sql)
            .define(SqlErrors.STATEMENT_NAME, "list bookings")
            .bind("limit", q.limit() + 1);
    bindFilters(select, q);
    q.cursor().ifPresent(c -> order.bind(select, c));
    List<Booking> fetched = select.map(mapper).list();
    return BookingPage.of(fetched, q, integrations, total);
  }

  private static List<String> filters(BookingQuery q, EnabledIntegrations integrations) {
    List<String> where = new ArrayList<>();
    q.status().ifPresent(s -> where.add("status = :status"));
    q.needsSync()
        .ifPresent(
            n -> {
              String pending = SyncSql.pending(integrations);
              where.add(n ? pending : "NOT " + pending);
            });
    q.from().ifPresent(f -> where.add("start_time >= :from"));
    q.to().ifPresent(t -> where.add("start_time < :to"));
    q.email().ifPresent(e -> where.add("email_normalized = :email"));
    q.search()
        .ifPresent(
            s ->
                where.add(
                    "(LOWER(attendee_name)"
                        + LIKE
                        + " OR email_normalized"
                        + LIKE
                        + " OR LOWER(attendee_company)"
                        + LIKE
                        + ")"));
    return where;
  }

  private static String where(List<String> conditions) {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** Binds only what the filters use: Jdbi refuses bindings that a statement without any lacks. */
  private static void bindFilters(Query query, BookingQuery q) {
    q.status().ifPresent(s -> query.bind("status", s.name()));
    q.from().ifPresent(f -> BookingColumns.bindInstant(query, "from", q.from()));
    q.to().ifPresent(t -> BookingColumns.bindInstant(query, "to", q.to()));
    q.email().ifPresent(e -> query.bind("email", e));
    q.search().ifPresent(s -> query.bind("search", "%" + escapeLike(s) + "%"));
  }

  /** The term in lower case with LIKE's wildcards and the escape character taken literally. */
  static String escapeLike(String term) {
    return term.toLowerCase(Locale.ROOT)
        .replace(ESCAPE, ESCAPE + ESCAPE)
        .replace("%", ESCAPE + "%")
        .replace("_", ESCAPE + "_");
  }
}
