package com.metalogics.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty refuses some requests before Javalin sees them (undecodable paths, oversized headers). This
 * answers those in the same envelope as every other error, never with an HTML page or a stack.
 */
public final class JsonErrorHandler extends ErrorHandler {

  private final ObjectMapper mapper;

  public JsonErrorHandler(ObjectMapper mapper) {
    this.mapper = mapper;
    setShowStacks(false);
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    ErrorMapper.Mapped mapped = ErrorMapper.forServerStatus(code);
    String requestId = UUID.randomUUID().toString();
    byte[] body = mapper.writeValueAsBytes(ErrorMapper.envelope(mapped, requestId));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put(RequestFilters.REQUEST_ID_HEADER, requestId);
    // Jetty drops the connection after refusing a request it could not parse.
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
