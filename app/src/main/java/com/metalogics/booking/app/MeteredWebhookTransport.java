package com.metalogics.booking.app;

import com.metalogics.booking.core.port.out.WebhookTransport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.util.Map;

/**
 * Counts webhook delivery attempts by outcome ({@code booking_webhook_deliveries_total}: delivered,
 * answered with an error status, no answer) and times them; otherwise the transport it wraps. The
 * counters exist at zero from the start, so dashboards find them before any event.
 */
final class MeteredWebhookTransport implements WebhookTransport {

  static final String DELIVERIES = "booking.webhook.deliveries";
  static final String LATENCY = "booking.webhook.delivery";

  private final WebhookTransport delegate;
  private final Counter delivered;
  private final Counter errorStatus;
  private final Counter noAnswer;
  private final Timer latency;
  private final CallLog log;

  static final String INTEGRATION = "webhook";

  MeteredWebhookTransport(WebhookTransport delegate, MeterRegistry registry) {
    this(delegate, registry, CallLog.NONE);
  }

  /**
   * @param log also told of each delivery attempt, for the insights' integration health
   */
  MeteredWebhookTransport(WebhookTransport delegate, MeterRegistry registry, CallLog log) {
    this.delegate = delegate;
    this.log = log;
    this.delivered = counter(registry, "delivered");
    this.errorStatus = counter(registry, "error_status");
    this.noAnswer = counter(registry, "no_answer");
    this.latency =
        Timer.builder(LATENCY)
            .description("How long webhook receivers took to answer (or to fail)")
            .register(registry);
  }

  private static Counter counter(MeterRegistry registry, String outcome) {
    return Counter.builder(DELIVERIES)
        .description("Webhook delivery attempts by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }

  @Override
  public Result post(URI url, Map<String, String> headers, String body) {
    Result result = delegate.post(url, headers, body);
    latency.record(result.latency());
    log.call(INTEGRATION, result.delivered(), result.latency());
    if (result.delivered()) {
      delivered.increment();
    } else if (result.statusCode().isPresent()) {
      errorStatus.increment();
    } else {
      noAnswer.increment();
    }
    return result;
  }
}
