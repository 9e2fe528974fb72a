package com.metalogics.booking.adapter.http.internal;

import io.javalin.http.Context;

/** The success envelope every answer shares: {@code {"success": true, "data": ...}}. */
public record Envelope(boolean success, Object data) {

  public static void ok(Context ctx, Object data) {
    send(ctx, 200, data);
  }

  public static void send(Context ctx, int status, Object data) {
    ctx.status(status).json(new Envelope(true, data));
  }
}
