package com.metalogics.booking.adapter.http.internal;

import com.metalogics.booking.core.application.BookingEngine;
import com.metalogics.booking.core.domain.ErrorCode;
import com.metalogics.booking.core.port.in.CalendarNotice;
import com.metalogics.booking.core.port.in.ListConflicts;
import com.metalogics.booking.core.port.in.ReceiveCalendarNotices;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * Google's push notifications ({@code POST /api/webhooks/google}) and the admin's list of
 * conflicted bookings. A notification is checked against its stored channel and answered at once;
 * the sync it asks for runs afterwards. Its token is a secret: never logged, never echoed.
 */
public final class CalendarRoutes {

  /** Google sends no body; a few headers of at most this length each. */
  private static final int MAX_HEADER = 256;

  private static final int MAX_CONFLICTS = 500;

  private final ReceiveCalendarNotices notices;
  private final ListConflicts conflicts;
  private final BookingEngine engine;

  record Received(String channelId) {}

  record Conflicts(List<BookingJson.BookingView> bookings) {}

  public CalendarRoutes(
      ReceiveCalendarNotices notices, ListConflicts conflicts, BookingEngine engine) {
    this.notices = notices;
    this.conflicts = conflicts;
    this.engine = engine;
  }

  public void google(Context ctx) {
    CalendarNotice notice =
        new CalendarNotice(
            header(ctx, "X-Goog-Channel-ID"),
            header(ctx, "X-Goog-Channel-Token"),
            header(ctx, "X-Goog-Resource-State"));
    switch (notices.receive(notice)) {
      case ACCEPTED -> Envelope.ok(ctx, new Received(notice.channelId()));
      case UNKNOWN_CHANNEL ->
          throw new ApiException(ErrorCode.NOT_FOUND, "No such notification channel");
      case WRONG_TOKEN ->
          throw new ApiException(ErrorCode.UNAUTHORIZED, "The channel token is wrong", Map.of());
    }
  }

  public void conflicts(Context ctx) {
    var hosts = BookingJson.hosts(engine.manageCatalog());
    List<BookingJson.BookingView> views =
        conflicts.conflicts(MAX_CONFLICTS).stream()
            .map(b -> BookingJson.view(b, engine.integrations(), hosts))
            .toList();
    Envelope.ok(ctx, new Conflicts(views));
  }

  private static String header(Context ctx, String name) {
    String value = ctx.header(name);
    return value == null || value.length() > MAX_HEADER ? "" : value;
  }
}
