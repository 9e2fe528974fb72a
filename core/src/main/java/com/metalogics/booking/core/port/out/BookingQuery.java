package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.BookingStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The admin list: filters, order and page. {@code from}/{@code to} bound the start time, {@code
 * [from, to)}; {@code email} matches the normalised e-mail exactly; {@code search} matches part of
 * the name, the e-mail address or the company, ignoring case, with no wildcards of its own; {@code
 * needsSync} counts only switched-on integrations (see {@code EnabledIntegrations}).
 */
public record BookingQuery(
    Optional<BookingStatus> status,
    Optional<Boolean> needsSync,
    Optional<Instant> from,
    Optional<Instant> to,
    Optional<String> email,
    Optional<String> search,
    BookingSort sort,
    int limit,
    Optional<BookingCursor> cursor) {

  public static final int MAX_LIMIT = 200;
  public static final int MAX_SEARCH_LENGTH = 100;

  public BookingQuery {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(needsSync, "needsSync");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(cursor, "cursor");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
    }
    if (search.filter(s -> s.isBlank() || s.length() > MAX_SEARCH_LENGTH).isPresent()) {
      throw new IllegalArgumentException("search must be 1.." + MAX_SEARCH_LENGTH + " characters");
    }
    if (cursor.filter(c -> !c.sort().equals(sort)).isPresent()) {
      throw new IllegalArgumentException("the cursor belongs to another order than " + sort);
    }
  }

  /** Every booking, by start time, {@code limit} a page. */
  public static BookingQuery all(int limit) {
    return new BookingQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        BookingSort.DEFAULT,
        limit,
        Optional.empty());
  }

  public BookingQuery withStatus(BookingStatus value) {
    return new BookingQuery(
        Optional.of(value), needsSync, from, to, email, search, sort, limit, cursor);
  }

  public BookingQuery withNeedsSync(boolean value) {
    return new BookingQuery(
        status, Optional.of(value), from, to, email, search, sort, limit, cursor);
  }

  public BookingQuery withStartBetween(Instant fromValue, Instant toValue) {
    return new BookingQuery(
        status,
        needsSync,
        Optional.of(fromValue),
        Optional.of(toValue),
        email,
        search,
        sort,
        limit,
        cursor);
  }

  public BookingQuery withEmail(String value) {
    return new BookingQuery(
        status, needsSync, from, to, Optional.of(value), search, sort, limit, cursor);
  }

  public BookingQuery withSearch(String value) {
    return new BookingQuery(
        status, needsSync, from, to, email, Optional.of(value), sort, limit, cursor);
  }

  /** Sorted anew, from the first page. */
  public BookingQuery sortedBy(BookingSort value) {
    return new BookingQuery(
        status, needsSync, from, to, email, search, value, limit, Optional.empty());
  }

  /** The page the cursor points to. */
  public BookingQuery at(BookingCursor value) {
    return new BookingQuery(
        status, needsSync, from, to, email, search, sort, limit, Optional.of(value));
  }

  /** The first page again. */
  public BookingQuery firstPage() {
    return new BookingQuery(
        status, needsSync, from, to, email, search, sort, limit, Optional.empty());
  }
}
