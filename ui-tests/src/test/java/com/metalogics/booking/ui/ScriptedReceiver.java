package com.metalogics.booking.ui;

import com.metalogics.booking.core.port.out.WebhookTransport;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The subscriber's end of the webhooks for the page tests: answers each request with the status it
 * is set to, 200 until told otherwise. The HTTP transport itself is tested in adapters-http against
 * a real receiver; the pages need only deliveries that succeed or fail on demand.
 */
final class ScriptedReceiver implements WebhookTransport {

  private final AtomicInteger status = new AtomicInteger(200);
  private final AtomicInteger received = new AtomicInteger();

  void answerWith(int statusCode) {
    status.set(statusCode);
  }

  int received() {
    return received.get();
  }

  @Override
  public Result post(URI url, Map<String, String> headers, String body) {
    received.incrementAndGet();
    return Result.answered(status.get(), Duration.ofMillis(12));
  }
}
