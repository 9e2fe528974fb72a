package com.metalogics.booking.adapter.http.internal;

import com.metalogics.booking.core.application.BookingEngine;
import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.EmailAddress;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.port.in.SyncOutcome;
import com.metalogics.booking.core.port.in.SyncReport;
import com.metalogics.booking.core.port.in.Warning;
import com.metalogics.booking.core.port.out.BookingCursor;
import com.metalogics.booking.core.port.out.BookingPage;
import com.metalogics.booking.core.port.out.BookingQuery;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The admin API: the list, sync now, and frequency-limit overrides. All need the admin key. */
public final class AdminRoutes {

  private static final Logger log = LoggerFactory.getLogger(AdminRoutes.class);
  private static final int DEFAULT_LIMIT = 50;

  private final BookingEngine engine;
  private final JsonBody body;

  public AdminRoutes(BookingEngine engine, JsonBody body) {
    this.engine = engine;
    this.body = body;
  }

  record BookingList(List<BookingJson.BookingView> bookings, String nextCursor) {}

  record SyncOne(BookingJson.BookingView booking, boolean complete, List<Warning> warnings) {}

  record LimitOverride(String email, Integer maxBookings, int defaultMaxBookings) {}

  public void list(Context ctx) {
    BookingPage page = engine.listBookings().handle(listQuery(ctx));
    List<BookingJson.BookingView> views = page.bookings().stream().map(BookingJson::view).toList();
    Envelope.ok(ctx, new BookingList(views, page.next().map(BookingCursor::encode).orElse(null)));
  }

  public void syncOne(Context ctx) {
    UUID id = Params.bookingId(ctx);
    SyncOutcome outcome = engine.syncBookings().syncOne(id);
    log.info("admin sync of booking {}: complete={}", id, outcome.complete());
    Envelope.ok(
        ctx,
        new SyncOne(BookingJson.view(outcome.booking()), outcome.complete(), outcome.warnings()));
  }

  public void syncDue(Context ctx) {
    SyncReport report = engine.syncBookings().syncDue();
    log.info("admin sync run: {}", report);
    Envelope.ok(ctx, report);
  }

  public void getLimit(Context ctx) {
    String email = ctx.pathParam("email");
    Optional<Integer> override = engine.limitOverrides().find(email);
    Envelope.ok(ctx, limitView(email, override));
  }

  public void setLimit(Context ctx) {
    String email = ctx.pathParam("email");
    Fields fields = new Fields(body.required(ctx));
    Optional<Integer> max = fields.integer("maxBookings");
    fields.throwIfAny(Map.of("maxBookings", max));
    if (max.isEmpty()) {
      throw ValidationException.ofField("maxBookings", "is required");
    }
    engine.limitOverrides().set(email, max.get());
    log.info("limit override for {} set to {}", EmailAddress.mask(email), max.get());
    Envelope.ok(ctx, limitView(email, max));
  }

  public void clearLimit(Context ctx) {
    String email = ctx.pathParam("email");
    engine.limitOverrides().clear(email);
    log.info("limit override for {} cleared", EmailAddress.mask(email));
    Envelope.ok(ctx, limitView(email, Optional.empty()));
  }

  private LimitOverride limitView(String email, Optional<Integer> override) {
    return new LimitOverride(
        EmailAddress.normalize(email), override.orElse(null), engine.rules().maxBookingsPerEmail());
  }

  private BookingQuery listQuery(Context ctx) {
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<BookingStatus> status = Params.query(ctx, "status").flatMap(s -> status(s, errors));
    Optional<Boolean> needsSync =
        Params.query(ctx, "needsSync").flatMap(s -> bool("needsSync", s, errors));
    Optional<Instant> from =
        Params.query(ctx, "from").flatMap(s -> bound("from", s, false, errors));
    Optional<Instant> to = Params.query(ctx, "to").flatMap(s -> bound("to", s, true, errors));
    Optional<String> email = Params.query(ctx, "email");
    int limit = Params.query(ctx, "limit").map(s -> limit(s, errors)).orElse(DEFAULT_LIMIT);
    Optional<BookingCursor> cursor = Optional.empty();
    try {
      cursor = Params.query(ctx, "cursor").map(BookingCursor::decode);
    } catch (ValidationException e) {
      errors.putAll(e.fieldErrors());
    }
    if (email.isPresent() && email.get().length() > EmailAddress.MAX_LENGTH) {
      errors.put("email", "is too long");
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return new BookingQuery(status, needsSync, from, to, email, limit, cursor);
  }

  private static Optional<BookingStatus> status(String value, Map<String, String> errors) {
    for (BookingStatus s : BookingStatus.values()) {
      if (s.name().equalsIgnoreCase(value)) {
        return Optional.of(s);
      }
    }
    errors.put("status", "must be one of CONFIRMED, CANCELLED");
    return Optional.empty();
  }

  private static Optional<Boolean> bool(String field, String value, Map<String, String> errors) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> Optional.of(true);
      case "false" -> Optional.of(false);
      default -> {
        errors.put(field, "must be true or false");
        yield Optional.empty();
      }
    };
  }

  private static int limit(String value, Map<String, String> errors) {
    if (value.matches("[0-9]{1,4}")) {
      int limit = Integer.parseInt(value);
      if (limit >= 1 && limit <= BookingQuery.MAX_LIMIT) {
        return limit;
      }
    }
    errors.put("limit", "must be 1.." + BookingQuery.MAX_LIMIT);
    return DEFAULT_LIMIT;
  }

  /** A start-time bound: an instant, or a business-zone date, whole days on both ends. */
  private Optional<Instant> bound(
      String field, String value, boolean endOfDay, Map<String, String> errors) {
    String text = value.replace(' ', '+');
    try {
      if (Params.looksLikeDate(text)) {
        ZoneId zone = engine.rules().businessHours().zone();
        LocalDate date = Params.parseDate(text);
        return Optional.of((endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant());
      }
      return Optional.of(Params.parseInstant(text));
    } catch (IllegalArgumentException e) {
      errors.put(field, e.getMessage());
      return Optional.empty();
    }
  }
}
