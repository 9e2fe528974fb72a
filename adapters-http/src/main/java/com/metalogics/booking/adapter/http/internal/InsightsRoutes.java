package com.metalogics.booking.adapter.http.internal;

import com.metalogics.booking.core.application.BookingEngine;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.port.in.BookingResult;
import com.metalogics.booking.core.port.in.InsightsQuery;
import com.metalogics.booking.core.port.in.MarkNoShowCommand;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The admin's insights and the no-show mark. Both need the admin key. */
public final class InsightsRoutes {

  private static final Logger log = LoggerFactory.getLogger(InsightsRoutes.class);

  /** Without {@code from}, the insights cover the 30 days up to {@code to}. */
  static final int DEFAULT_DAYS = 30;

  private final BookingEngine engine;
  private final Clock clock;

  public InsightsRoutes(BookingEngine engine, Clock clock) {
    this.engine = engine;
    this.clock = clock;
  }

  public void get(Context ctx) {
    ZoneId zone = engine.rules().businessHours().zone();
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<LocalDate> to = date(ctx, "to", errors);
    Optional<LocalDate> from = date(ctx, "from", errors);
    String format = Params.query(ctx, "format").orElse("json");
    Optional<String> table = Params.query(ctx, "table");
    if (!format.equals("json") && !format.equals("csv")) {
      errors.put("format", "must be json or csv");
    } else if (format.equals("csv") && table.filter(InsightsCsv.TABLES::containsKey).isEmpty()) {
      errors.put("table", "must be one of " + String.join(", ", InsightsCsv.TABLES.keySet()));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    LocalDate end = to.orElseGet(() -> LocalDate.ofInstant(clock.instant(), zone));
    InsightsQuery query =
        new InsightsQuery(
            from.orElse(end.minusDays(DEFAULT_DAYS - 1L)),
            end,
            Params.query(ctx, "eventType"),
            Params.query(ctx, "host"));
    InsightsJson.Insights insights = InsightsJson.of(engine.insights().handle(query), zone);
    if (format.equals("json")) {
      Envelope.ok(ctx, insights);
      return;
    }
    String name = table.orElseThrow();
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"insights-"
            + name
            + "-"
            + query.from()
            + "-"
            + query.to()
            + ".csv\"");
    ctx.contentType("text/csv; charset=utf-8")
        .result(
            InsightsCsv.write(InsightsCsv.TABLES.get(name), insights)
                .getBytes(StandardCharsets.UTF_8));
  }

  public void noShow(Context ctx) {
    UUID id = Params.bookingId(ctx);
    BookingResult result = engine.markNoShow().handle(new MarkNoShowCommand(id));
    log.info("booking {} marked as no-show", id);
    Envelope.ok(
        ctx,
        new BookingJson.BookingWithWarnings(
            BookingJson.view(
                result.booking(), engine.integrations(), BookingJson.hosts(engine.hostNames())),
            result.warnings()));
  }

  private static Optional<LocalDate> date(Context ctx, String name, Map<String, String> errors) {
    Optional<String> text = Params.query(ctx, name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Params.parseDate(text.get()));
    } catch (IllegalArgumentException e) {
      errors.put(name, "must be a date (YYYY-MM-DD)");
      return Optional.empty();
    }
  }
}
