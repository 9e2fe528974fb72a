package com.metalogics.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.metalogics.booking.core.domain.ErrorCode;
import com.metalogics.booking.core.domain.ValidationException;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** Reads a JSON request body: bounded in size, JSON content type only, an object at the top. */
public final class JsonBody {

  private static final int BUFFER = 8192;
  private static final long DRAIN_LIMIT = 1 << 20;

  private final ObjectMapper mapper;
  private final int maxBytes;

  public JsonBody(ObjectMapper mapper, int maxBytes) {
    this.mapper = mapper;
    this.maxBytes = maxBytes;
  }

  /** The body as an object; refused unless it is one. */
  public ObjectNode required(Context ctx) {
    byte[] bytes = read(ctx);
    if (bytes.length == 0) {
      throw ValidationException.ofField("body", "is required");
    }
    return parse(ctx, bytes);
  }

  /** The body as an object, or an empty object when there is no body at all. */
  public ObjectNode optional(Context ctx) {
    byte[] bytes = read(ctx);
    if (isBlank(bytes)) {
      return JsonNodeFactory.instance.objectNode();
    }
    return parse(ctx, bytes);
  }

  /**
   * A required body of another media type (an iCalendar file), bounded like a JSON one, as UTF-8
   * text.
   */
  public String text(Context ctx, String mimeType) {
    byte[] bytes = read(ctx);
    if (!mimeOf(ctx).equals(mimeType)) {
      throw new ApiException(
          ErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "The request body must be " + mimeType,
          Map.of("contentType", truncate(String.valueOf(ctx.header("Content-Type")))));
    }
    if (isBlank(bytes)) {
      throw ValidationException.ofField("body", "is required");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * Refuses a declared length above the limit before reading anything.
   *
   * @return the declared length, or -1 when none was declared (a chunked body)
   */
  public long checkDeclaredLength(Context ctx) {
    String declared = ctx.header("Content-Length");
    if (declared == null) {
      return -1;
    }
    long length;
    try {
      length = Long.parseLong(declared.trim());
    } catch (NumberFormatException e) {
      throw ValidationException.ofField("Content-Length", "is not a number");
    }
    if (length > maxBytes) {
      drainOrClose(ctx, 0);
      throw tooLarge();
    }
    if (length < 0) {
      throw ValidationException.ofField("Content-Length", "is negative");
    }
    return length;
  }

  private ObjectNode parse(Context ctx, byte[] bytes) {
    requireJsonContentType(ctx);
    JsonNode node;
    try {
      node = mapper.readTree(bytes);
    } catch (IOException e) {
      throw ValidationException.ofField("body", "is not valid JSON");
    }
    if (node == null || !node.isObject()) {
      throw ValidationException.ofField("body", "must be a JSON object");
    }
    return (ObjectNode) node;
  }

  private byte[] read(Context ctx) {
    long declared = checkDeclaredLength(ctx);
    try {
      InputStream in = ctx.req().getInputStream();
      if (declared >= 0) {
        // The usual case: a body of a known, allowed length, read into an array of that size.
        return in.readNBytes((int) declared);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[BUFFER];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (out.size() + n > maxBytes) {
          drainOrClose(ctx, out.size() + n);
          throw tooLarge();
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw ValidationException.ofField("body", "could not be read");
    }
  }

  /**
   * Reads and drops the rest of an oversized body, so that the 413 reaches a client that is still
   * sending and the connection stays usable; past {@link #DRAIN_LIMIT} the connection is closed.
   */
  private static void drainOrClose(Context ctx, long alreadyRead) {
    long read = alreadyRead;
    try {
      InputStream in = ctx.req().getInputStream();
      byte[] buffer = new byte[BUFFER];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        read += n;
        if (read > DRAIN_LIMIT) {
          ctx.header("Connection", "close");
          return;
        }
      }
    } catch (IOException e) {
      ctx.header("Connection", "close");
    }
  }

  private static String mimeOf(Context ctx) {
    String type = ctx.header("Content-Type");
    return type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
  }

  private static void requireJsonContentType(Context ctx) {
    String type = ctx.header("Content-Type");
    String mime = mimeOf(ctx);
    if (!mime.equals("application/json") && !mime.matches("application/[a-z0-9.+-]+\\+json")) {
      throw new ApiException(
          ErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "The request body must be application/json",
          Map.of("contentType", type == null ? "" : truncate(type)));
    }
  }

  private static String truncate(String value) {
    return value.length() <= 100 ? value : value.substring(0, 100);
  }

  private ApiException tooLarge() {
    return new ApiException(
        ErrorCode.PAYLOAD_TOO_LARGE,
        "The request body is larger than " + maxBytes + " bytes",
        Map.of("maxBytes", maxBytes));
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
