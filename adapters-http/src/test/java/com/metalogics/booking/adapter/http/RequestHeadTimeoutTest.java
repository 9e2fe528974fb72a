package com.metalogics.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A client that sends its request head a byte at a time is cut off after the configured bound, even
 * though every byte restarts Jetty's idle timeout; a connection idle between requests is not.
 */
class RequestHeadTimeoutTest {

  private static final Duration HEAD_TIMEOUT = Duration.ofMillis(300);

  /** Each wait is a read that returns early when the server closes; 40 of them bound the test. */
  private static final int MAX_DRIBBLED_BYTES = 40;

  private static final int WAIT_PER_BYTE_MS = 100;

  private final TestServer server =
      new TestServer(HttpConfig.defaults().withRequestHeadTimeout(HEAD_TIMEOUT));

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  @Timeout(20)
  void givenHeadersDribbledByteByByte_serverClosesTheConnection() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.app.port())) {
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write(
          "GET /health/live HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
      socket.setSoTimeout(WAIT_PER_BYTE_MS);
      int sent = 0;
      boolean closed = false;
      while (!closed && sent < MAX_DRIBBLED_BYTES) {
        try {
          out.write('X');
          out.flush();
          sent++;
          closed = in.read() == -1;
        } catch (SocketTimeoutException e) {
          // Still open: the server waits for the rest of the head. Send the next byte.
        } catch (SocketException e) {
          closed = true;
        }
      }
      assertThat(closed).as("closed after %d dribbled bytes", sent).isTrue();
      assertThat(sent).as("bytes sent before the server gave up").isGreaterThan(1);
    }
  }

  @Test
  @Timeout(20)
  void givenKeepAliveConnectionIdleLongerThanTheBound_nextRequestIsStillServed()
      throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.app.port())) {
      String request = "GET /health/live HTTP/1.1\r\nHost: localhost\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      assertThat(statusLine(in)).startsWith("HTTP/1.1 200");
      drainAnswer(in);

      socket.setSoTimeout((int) HEAD_TIMEOUT.multipliedBy(4).toMillis());
      assertThat(awaitsNothing(in)).as("the idle connection stays open").isTrue();

      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      assertThat(statusLine(in)).startsWith("HTTP/1.1 200");
    }
  }

  /** True when nothing arrives (not even the end of the stream) within the socket's timeout. */
  private static boolean awaitsNothing(InputStream in) throws IOException {
    try {
      in.read();
      return false;
    } catch (SocketTimeoutException e) {
      return true;
    }
  }

  private static String statusLine(InputStream in) throws IOException {
    return new String(in.readNBytes(15), StandardCharsets.US_ASCII);
  }

  /** Reads the rest of a small answer: headers, then a Content-Length body. */
  private static void drainAnswer(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      head.append((char) in.read());
    }
    String lower = head.toString().toLowerCase(java.util.Locale.ROOT);
    int at = lower.indexOf("content-length:");
    int length = Integer.parseInt(lower.substring(at + 15, lower.indexOf("\r\n", at)).trim());
    in.readNBytes(length);
  }
}
