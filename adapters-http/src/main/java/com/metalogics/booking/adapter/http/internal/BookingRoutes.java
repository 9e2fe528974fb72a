package com.metalogics.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.metalogics.booking.core.application.BookingEngine;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.EmailAddress;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.port.in.AvailableSlots;
import com.metalogics.booking.core.port.in.AvailableSlotsQuery;
import com.metalogics.booking.core.port.in.BookMeetingCommand;
import com.metalogics.booking.core.port.in.BookingAccess;
import com.metalogics.booking.core.port.in.BookingReceipt;
import com.metalogics.booking.core.port.in.BookingResult;
import com.metalogics.booking.core.port.in.CancelBookingCommand;
import com.metalogics.booking.core.port.in.RescheduleBookingCommand;
import com.metalogics.booking.core.port.in.SlotRange;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public booking routes: slots, book, and what a manage-token holder can do. Errors are counted
 * and answered by {@link ErrorAnswers}; the slots cache is dropped around the writes by the route
 * table.
 */
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
  private final String manageBase;

  public BookingRoutes(
      BookingEngine engine,
      JsonBody body,
      Auth auth,
      RateLimiter limiter,
      ApiMetrics metrics,
      SlotsCache slotsCache,
      URI publicBaseUrl) {
    this.engine = engine;
    this.body = body;
    this.auth = auth;
    this.rateLimiter = limiter;
    this.metrics = metrics;
    this.slotsCache = slotsCache;
    this.slotsJson = new SlotsJson();
    this.manageBase = publicBaseUrl.toString().replaceAll("/+$", "") + "/manage/";
  }

  public void availableSlots(Context ctx) {
    AvailableSlotsQuery query = slotsQuery(ctx);
    long revision = engine.catalogRevision();
    byte[] answer = slotsCache.answer(query, revision, () -> renderSlots(query, revision));
    Envelope.writeJson(ctx, 200, answer);
    engine.countTraffic().slotsSearched(query.eventType(), ctx.ip(), userAgent(ctx));
  }

  private SlotsCache.Rendered renderSlots(AvailableSlotsQuery query, long catalogRevision) {
    AvailableSlots slots =
        metrics.timeAvailableSlots(
            () -> engine.findAvailableSlots().handle(query, catalogRevision));
    metrics.warnings(slots.warnings());
    return new SlotsCache.Rendered(slotsJson.write(slots), slots.warnings().isEmpty());
  }

  /** The visitor's user agent, which the traffic counts hash with the address; never stored. */
  public static String userAgent(Context ctx) {
    return Optional.ofNullable(ctx.userAgent()).orElse("");
  }

  public void create(Context ctx) {
    rateLimiter.acquire(ctx.ip());
    BookMeetingCommand command = bookCommand(body.required(ctx), ctx.header("Idempotency-Key"));
    BookingReceipt receipt = engine.bookMeeting().handle(command);
    metrics.booking(receipt.replayed() ? "replayed" : "booked");
    metrics.warnings(receipt.warnings());
    log.info(
        "booking {} {} for {}",
        receipt.booking().id(),
        receipt.replayed() ? "replayed" : "booked",
        EmailAddress.mask(receipt.booking().attendee().email()));
    UUID id = receipt.booking().id();
    Envelope.send(
        ctx,
        receipt.replayed() ? 200 : 201,
        new BookingJson.CreatedBooking(
            view(receipt.booking()),
            receipt.manageToken(),
            manageUrl(id, receipt.manageToken()),
            receipt.warnings()));
  }

  /** The manage page reads the token from the fragment, which browsers never send to servers. */
  private String manageUrl(UUID id, String token) {
    return manageBase + id + "#token=" + token;
  }

  public void get(Context ctx) {
    UUID id = Params.bookingId(ctx);
    BookingAccess access = auth.bookingAccess(ctx, id);
    BookingResult result = engine.getBooking().handle(access);
    Envelope.ok(
        ctx,
        new BookingJson.BookingWithWarnings(
            BookingJson.view(
                result.booking(),
                engine.integrations(),
                BookingJson.hosts(engine.hostNames()),
                access.admin()),
            result.warnings()));
  }

  public void cancel(Context ctx) {
    UUID id = Params.bookingId(ctx);
    var access = auth.bookingAccess(ctx, id);
    Fields fields = new Fields(body.optional(ctx));
    Optional<String> reason = fields.text("reason");
    fields.throwIfAny(Map.of());
    BookingResult result = engine.cancelBooking().handle(new CancelBookingCommand(access, reason));
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
    BookingResult result =
        engine.rescheduleBooking().handle(new RescheduleBookingCommand(access, start, duration));
    metrics.booking("rescheduled");
    metrics.warnings(result.warnings());
    log.info("booking {} rescheduled to {}", id, result.booking().startTime());
    answer(ctx, result);
  }

  /** The attendee turns SMS reminders off (the manage page, with the token). */
  public void optOutOfSms(Context ctx) {
    UUID id = Params.bookingId(ctx);
    BookingResult result = engine.manageReminders().turnOffSms(auth.bookingAccess(ctx, id));
    log.info("booking {}: SMS reminders turned off", id);
    answer(ctx, result);
  }

  private void answer(Context ctx, BookingResult result) {
    Envelope.ok(
        ctx, new BookingJson.BookingWithWarnings(view(result.booking()), result.warnings()));
  }

  private BookingJson.BookingView view(Booking booking) {
    return BookingJson.view(booking, engine.integrations(), BookingJson.hosts(engine.hostNames()));
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
    Optional<String> eventType = fields.text("eventType");
    Optional<String> vipToken = fields.text("vipToken").filter(t -> !t.isBlank());
    Map<String, String> source = fields.textObject("source");
    Optional<String> phoneRegion = fields.text("phoneRegion");
    fields.throwIfAny(
        Map.of("name", name, "email", email, "startTime", start, "duration", duration));
    return new BookMeetingCommand(
        name,
        email,
        start,
        duration,
        company,
        phone,
        message,
        timeZone,
        Optional.ofNullable(idempotencyKey).filter(k -> !k.isBlank()),
        eventType,
        vipToken,
        phoneRegion,
        source);
  }

  /** Every missing or malformed parameter is named at once; the core checks the range itself. */
  private static AvailableSlotsQuery slotsQuery(Context ctx) {
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<Integer> minutes = required(ctx, "duration", errors).flatMap(d -> minutes(d, errors));
    Optional<SlotRange.Bound> start =
        required(ctx, "startDate", errors).flatMap(s -> bound("startDate", s, errors));
    Optional<SlotRange.Bound> end =
        required(ctx, "endDate", errors).flatMap(s -> bound("endDate", s, errors));
    Optional<String> eventType = Params.query(ctx, "eventType");
    Optional<String> vipToken = Params.query(ctx, "vipToken");
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return new AvailableSlotsQuery(
        new SlotRange(start.orElseThrow(), end.orElseThrow()),
        minutes.orElseThrow(),
        eventType,
        vipToken);
  }

  private static Optional<String> required(Context ctx, String name, Map<String, String> errors) {
    Optional<String> value = Params.query(ctx, name);
    if (value.isEmpty()) {
      errors.put(name, "is required");
    }
    return value;
  }

  private static Optional<Integer> minutes(String value, Map<String, String> errors) {
    if (!MINUTES.matcher(value).matches()) {
      errors.put("duration", "must be a whole number of minutes");
      return Optional.empty();
    }
    return Optional.of(Integer.valueOf(value));
  }

  /** A date stands for its whole business day; anything with a time is an instant. */
  private static Optional<SlotRange.Bound> bound(
      String field, String value, Map<String, String> errors) {
    // A '+' offset arrives as a space when the client did not URL-encode it.
    String text = value.replace(' ', '+');
    try {
      return Optional.of(
          Params.looksLikeDate(text)
              ? new SlotRange.Day(Params.parseDate(text))
              : new SlotRange.At(Params.parseInstant(text)));
    } catch (IllegalArgumentException e) {
      errors.put(field, e.getMessage());
      return Optional.empty();
    }
  }
}
