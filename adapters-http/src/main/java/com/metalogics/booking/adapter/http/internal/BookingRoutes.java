package com.metalogics.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.metalogics.booking.core.application.BookingEngine;
import com.metalogics.booking.core.domain.EmailAddress;
import com.metalogics.booking.core.domain.FrequencyLimitExceededException;
import com.metalogics.booking.core.domain.RateLimitedException;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.port.in.AvailableSlots;
import com.metalogics.booking.core.port.in.AvailableSlotsQuery;
import com.metalogics.booking.core.port.in.BookMeetingCommand;
import com.metalogics.booking.core.port.in.BookingReceipt;
import com.metalogics.booking.core.port.in.BookingResult;
import com.metalogics.booking.core.port.in.CancelBookingCommand;
import com.metalogics.booking.core.port.in.RescheduleBookingCommand;
import com.metalogics.booking.core.port.in.SlotRange;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The public booking routes: slots, book, and what a manage-token holder can do. */
public final class BookingRoutes {

  private static final Logger log = LoggerFactory.getLogger(BookingRoutes.class);
  private static final Pattern MINUTES = Pattern.compile("[0-9]{1,4}");

  private final BookingEngine engine;
  private final JsonBody body;
  private final Auth auth;
  private final RateLimiter rateLimiter;
  private final ApiMetrics metrics;
  private final SlotsCache slotsCache;
  private final SlotsJson slotsJson;

  public BookingRoutes(
      BookingEngine engine,
      JsonBody body,
      Auth auth,
      RateLimiter limiter,
      ApiMetrics metrics,
      SlotsCache slotsCache) {
    this.engine = engine;
    this.body = body;
    this.auth = auth;
    this.rateLimiter = limiter;
    this.metrics = metrics;
    this.slotsCache = slotsCache;
    this.slotsJson = new SlotsJson();
  }

  public void availableSlots(Context ctx) {
    AvailableSlotsQuery query = slotsQuery(ctx);
    byte[] answer = slotsCache.answer(query, () -> renderSlots(query));
    Envelope.writeJson(ctx, 200, answer);
  }

  private SlotsCache.Rendered renderSlots(AvailableSlotsQuery query) {
    AvailableSlots slots =
        metrics.timeAvailableSlots(() -> engine.findAvailableSlots().handle(query));
    metrics.warnings(slots.warnings());
    return new SlotsCache.Rendered(slotsJson.write(slots), slots.warnings().isEmpty());
  }

  public void create(Context ctx) {
    try {
      rateLimiter.acquire(ctx.ip());
    } catch (RateLimitedException e) {
      metrics.rateLimited();
      throw e;
    }
    BookMeetingCommand command = bookCommand(body.required(ctx), ctx.header("Idempotency-Key"));
    BookingReceipt receipt;
    try {
      receipt = engine.bookMeeting().handle(command);
    } catch (FrequencyLimitExceededException e) {
      metrics.frequencyLimitRejected();
      throw e;
    } finally {
      // Also after a failure: the booking may be stored although the answer is an error.
      slotsCache.invalidate();
    }
    metrics.booking(receipt.replayed() ? "replayed" : "booked");
    metrics.warnings(receipt.warnings());
    log.info(
        "booking {} {} for {}",
        receipt.booking().id(),
        receipt.replayed() ? "replayed" : "booked",
        EmailAddress.mask(receipt.booking().attendee().email()));
    Envelope.send(
        ctx,
        receipt.replayed() ? 200 : 201,
        new BookingJson.CreatedBooking(
            BookingJson.view(receipt.booking(), engine.integrations()),
            receipt.manageToken(),
            receipt.warnings()));
  }

  public void get(Context ctx) {
    UUID id = Params.bookingId(ctx);
    BookingResult result = engine.getBooking().handle(auth.bookingAccess(ctx, id));
    answer(ctx, result);
  }

  public void cancel(Context ctx) {
    UUID id = Params.bookingId(ctx);
    var access = auth.bookingAccess(ctx, id);
    Fields fields = new Fields(body.optional(ctx));
    Optional<String> reason = fields.text("reason");
    fields.throwIfAny(Map.of());
    BookingResult result;
    try {
      result = engine.cancelBooking().handle(new CancelBookingCommand(access, reason));
    } finally {
      slotsCache.invalidate();
    }
    metrics.booking("cancelled");
    metrics.warnings(result.warnings());
    log.info("booking {} cancelled", id);
    answer(ctx, result);
  }

  public void reschedule(Context ctx) {
    UUID id = Params.bookingId(ctx);
    var access = auth.bookingAccess(ctx, id);
    Fields fields = new Fields(body.required(ctx));
    Optional<Instant> start = fields.instant("startTime");
    Optional<Integer> duration = fields.integer("duration");
    fields.throwIfAny(Map.of("startTime", start));
    BookingResult result;
    try {
      result =
          engine
              .rescheduleBooking()
              .handle(new RescheduleBookingCommand(access, start.orElse(null), duration));
    } finally {
      slotsCache.invalidate();
    }
    metrics.booking("rescheduled");
    metrics.warnings(result.warnings());
    log.info("booking {} rescheduled to {}", id, result.booking().startTime());
    answer(ctx, result);
  }

  private void answer(Context ctx, BookingResult result) {
    Envelope.ok(
        ctx,
        new BookingJson.BookingWithWarnings(
            BookingJson.view(result.booking(), engine.integrations()), result.warnings()));
  }

  private static BookMeetingCommand bookCommand(ObjectNode json, String idempotencyKey) {
    Fields fields = new Fields(json);
    Optional<String> name = fields.text("name");
    Optional<String> email = fields.text("email");
    Optional<Instant> start = fields.instant("startTime");
    Optional<Integer> duration = fields.integer("duration");
    Optional<String> company = fields.text("company");
    Optional<String> phone = fields.text("phone");
    Optional<String> message = fields.text("message");
    Optional<String> timeZone = fields.text("timeZone");
    fields.throwIfAny(
        Map.of("name", name, "email", email, "startTime", start, "duration", duration));
    return new BookMeetingCommand(
        name.orElse(null),
        email.orElse(null),
        start.orElse(null),
        duration.orElse(null),
        company,
        phone,
        message,
        timeZone,
        Optional.ofNullable(idempotencyKey).filter(k -> !k.isBlank()));
  }

  private AvailableSlotsQuery slotsQuery(Context ctx) {
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<String> start = Params.query(ctx, "startDate");
    Optional<String> end = Params.query(ctx, "endDate");
    Optional<String> duration = Params.query(ctx, "duration");
    Integer minutes = null;
    if (duration.isEmpty()) {
      errors.put("duration", "is required");
    } else if (!MINUTES.matcher(duration.get()).matches()) {
      errors.put("duration", "must be a whole number of minutes");
    } else {
      minutes = Integer.valueOf(duration.get());
    }
    SlotRange range = range(start, end, errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return new AvailableSlotsQuery(range, minutes);
  }

  /** Two dates make a date range; anything with a time is read as instants. */
  private SlotRange range(
      Optional<String> start, Optional<String> end, Map<String, String> errors) {
    if (start.isEmpty() || end.isEmpty()) {
      start.ifPresentOrElse(s -> {}, () -> errors.put("startDate", "is required"));
      end.ifPresentOrElse(s -> {}, () -> errors.put("endDate", "is required"));
      return null;
    }
    if (Params.looksLikeDate(start.get()) && Params.looksLikeDate(end.get())) {
      LocalDate from = date("startDate", start.get(), errors);
      LocalDate to = date("endDate", end.get(), errors);
      return from == null || to == null ? null : new SlotRange.Dates(from, to);
    }
    Instant from = instant("startDate", start.get(), false, errors);
    Instant to = instant("endDate", end.get(), true, errors);
    return from == null || to == null ? null : new SlotRange.Instants(from, to);
  }

  private static LocalDate date(String field, String value, Map<String, String> errors) {
    try {
      return Params.parseDate(value);
    } catch (IllegalArgumentException e) {
      errors.put(field, e.getMessage());
      return null;
    }
  }

  /** A date among instants covers its whole business day, so an end date is its next midnight. */
  private Instant instant(String field, String value, boolean end, Map<String, String> errors) {
    // A '+' offset arrives as a space when the client did not URL-encode it.
    String text = value.replace(' ', '+');
    if (Params.looksLikeDate(text)) {
      LocalDate date = date(field, text, errors);
      ZoneId zone = engine.rules().businessHours().zone();
      return date == null ? null : (end ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
    }
    try {
      return Params.parseInstant(text);
    } catch (IllegalArgumentException e) {
      errors.put(field, e.getMessage());
      return null;
    }
  }
}
