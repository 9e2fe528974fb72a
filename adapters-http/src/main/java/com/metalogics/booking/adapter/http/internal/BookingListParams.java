package com.metalogics.booking.adapter.http.internal;

import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.EmailAddress;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.port.out.BookingCursor;
import com.metalogics.booking.core.port.out.BookingQuery;
import com.metalogics.booking.core.port.out.BookingSort;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The query parameters of {@code GET /api/admin/bookings}, parsed into a {@link BookingQuery} with
 * every bad one reported at once. Whether the range starts before it ends is the core's check.
 */
final class BookingListParams {

  static final int DEFAULT_LIMIT = 50;

  private static final String SORT_FIELDS =
      Arrays.stream(BookingSort.Field.values())
          .map(f -> f.name().toLowerCase(Locale.ROOT))
          .collect(Collectors.joining(", "));

  private final Context ctx;
  private final ZoneId businessZone;
  private final Map<String, String> errors = new LinkedHashMap<>();

  private BookingListParams(Context ctx, ZoneId businessZone) {
    this.ctx = ctx;
    this.businessZone = businessZone;
  }

  /** Dates in {@code from} and {@code to} are whole days in {@code businessZone}. */
  static BookingQuery parse(Context ctx, ZoneId businessZone) {
    return new BookingListParams(ctx, businessZone).parse();
  }

  private BookingQuery parse() {
    Optional<BookingStatus> status = Params.query(ctx, "status").flatMap(this::status);
    Optional<Boolean> needsSync = Params.query(ctx, "needsSync").flatMap(this::needsSync);
    Optional<Instant> from = Params.query(ctx, "from").flatMap(s -> bound("from", s, false));
    Optional<Instant> to = Params.query(ctx, "to").flatMap(s -> bound("to", s, true));
    Optional<String> email = Params.query(ctx, "email").filter(this::emailFits);
    Optional<String> search = Params.query(ctx, "q").filter(this::searchFits);
    BookingSort sort = sort();
    int limit = Params.query(ctx, "limit").map(this::limit).orElse(DEFAULT_LIMIT);
    Optional<BookingCursor> cursor = cursor(sort);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return new BookingQuery(status, needsSync, from, to, email, search, sort, limit, cursor);
  }

  private Optional<BookingStatus> status(String value) {
    for (BookingStatus s : BookingStatus.values()) {
      if (s.name().equalsIgnoreCase(value)) {
        return Optional.of(s);
      }
    }
    errors.put("status", "must be one of CONFIRMED, CANCELLED");
    return Optional.empty();
  }

  private Optional<Boolean> needsSync(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> Optional.of(true);
      case "false" -> Optional.of(false);
      default -> {
        errors.put("needsSync", "must be true or false");
        yield Optional.empty();
      }
    };
  }

  private boolean emailFits(String email) {
    if (email.length() > EmailAddress.MAX_LENGTH) {
      errors.put("email", "is too long");
      return false;
    }
    return true;
  }

  private boolean searchFits(String search) {
    if (search.length() > BookingQuery.MAX_SEARCH_LENGTH) {
      errors.put("q", "must be at most " + BookingQuery.MAX_SEARCH_LENGTH + " characters");
      return false;
    }
    return true;
  }

  private BookingSort sort() {
    BookingSort.Field field = BookingSort.Field.START;
    Optional<String> name = Params.query(ctx, "sort");
    if (name.isPresent()) {
      try {
        field = BookingSort.Field.valueOf(name.get().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.put("sort", "must be one of " + SORT_FIELDS);
      }
    }
    boolean descending = false;
    Optional<String> direction =
        Params.query(ctx, "direction").map(d -> d.toLowerCase(Locale.ROOT));
    if (direction.isPresent()) {
      descending = direction.get().equals("desc");
      if (!descending && !direction.get().equals("asc")) {
        errors.put("direction", "must be asc or desc");
      }
    }
    return new BookingSort(field, descending);
  }

  private int limit(String value) {
    if (value.matches("[0-9]{1,4}")) {
      int limit = Integer.parseInt(value);
      if (limit >= 1 && limit <= BookingQuery.MAX_LIMIT) {
        return limit;
      }
    }
    errors.put("limit", "must be 1.." + BookingQuery.MAX_LIMIT);
    return DEFAULT_LIMIT;
  }

  /** A cursor is only good for the order it was issued in; with a bad order it is not read. */
  private Optional<BookingCursor> cursor(BookingSort sort) {
    if (errors.containsKey("sort") || errors.containsKey("direction")) {
      return Optional.empty();
    }
    try {
      Optional<BookingCursor> cursor = Params.query(ctx, "cursor").map(BookingCursor::decode);
      if (cursor.isPresent() && !cursor.get().sort().equals(sort)) {
        errors.put("cursor", "belongs to another sort order; start again from the first page");
        return Optional.empty();
      }
      return cursor;
    } catch (ValidationException e) {
      errors.putAll(e.fieldErrors());
      return Optional.empty();
    }
  }

  /** A start-time bound: an instant, or a business-zone date, whole days on both ends. */
  private Optional<Instant> bound(String field, String value, boolean endOfDay) {
    String text = value.replace(' ', '+');
    try {
      if (Params.looksLikeDate(text)) {
        LocalDate date = Params.parseDate(text);
        return Optional.of(
            (endOfDay ? date.plusDays(1) : date).atStartOfDay(businessZone).toInstant());
      }
      return Optional.of(Params.parseInstant(text));
    } catch (IllegalArgumentException e) {
      errors.put(field, e.getMessage());
      return Optional.empty();
    }
  }
}
