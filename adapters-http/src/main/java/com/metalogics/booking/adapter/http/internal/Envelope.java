package com.metalogics.booking.adapter.http.internal;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The success envelope every answer shares: {@code {"success": true, "data": ...}}. */
public record Envelope(boolean success, Object data) {

  private static final Logger log = LoggerFactory.getLogger(Envelope.class);

  public static void ok(Context ctx, Object data) {
    send(ctx, 200, data);
  }

  public static void send(Context ctx, int status, Object data) {
    write(ctx, status, new Envelope(true, data));
  }

  /** Any JSON answer: {@code body} serialised by the server's JSON mapper. */
  public static void write(Context ctx, int status, Object body) {
    String json = ctx.jsonMapper().toJsonString(body, body.getClass());
    writeJson(ctx, status, json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes JSON straight to the (compressing) output stream in one write. Javalin copies a result
   * through a fresh buffer the size of the response buffer (32 KiB) on every request, which was the
   * largest allocation of a booking.
   */
  public static void writeJson(Context ctx, int status, byte[] json) {
    ctx.status(status).contentType(ContentType.APPLICATION_JSON);
    try {
      ctx.outputStream().write(json);
    } catch (IOException e) {
      log.debug("client left before the answer was sent: {}", e.toString());
    }
  }
}
