package com.metalogics.booking.adapter.http.internal;

import io.javalin.http.Context;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every error a route or Javalin raises is answered and counted: the envelope with the
 * request id, the refusal counters, the log line for the unexpected ones, and the HTML page for a
 * browser that asked for a page that does not exist.
 */
public final class ErrorAnswers {

  private static final Logger log = LoggerFactory.getLogger(ErrorAnswers.class);
  private static final String ANSWERED = "booking.errorAnswered";

  private final ApiMetrics metrics;
  private final Predicate<Context> notFoundPage;

  /**
   * @param notFoundPage answers an unknown path with a page when the client asked for one; false
   *     leaves it to the JSON envelope
   */
  public ErrorAnswers(ApiMetrics metrics, Predicate<Context> notFoundPage) {
    this.metrics = metrics;
    this.notFoundPage = notFoundPage;
  }

  /** An exception handler: any exception, Javalin's own refusals (unknown route) included. */
  public void exception(Exception error, Context ctx) {
    answer(ErrorMapper.map(error), ctx, error);
  }

  /** An error-status handler, for a status set without an exception. */
  public void bareStatus(Context ctx) {
    if (ctx.attribute(ANSWERED) == null) {
      answer(ErrorMapper.forStatus(ctx.statusCode()), ctx, null);
    }
  }

  private void answer(ErrorMapper.Mapped mapped, Context ctx, Exception error) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    metrics.rejected(mapped.code());
    String requestId = RequestFilters.requestId(ctx);
    ctx.header(RequestFilters.REQUEST_ID_HEADER, requestId);
    if (mapped.internal()) {
      log.error("request {} failed", requestId, error);
    }
    if (mapped.status() == 404 && RequestFilters.unmatched(ctx) && notFoundPage.test(ctx)) {
      return;
    }
    mapped.headers().forEach(ctx::header);
    Envelope.write(ctx, mapped.status(), ErrorMapper.envelope(mapped, requestId));
  }
}
