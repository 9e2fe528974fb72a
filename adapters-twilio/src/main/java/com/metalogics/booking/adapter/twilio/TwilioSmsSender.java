package com.metalogics.booking.adapter.twilio;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.adapter.twilio.internal.TwilioCallException;
import com.metalogics.booking.adapter.twilio.internal.TwilioClient;
import com.metalogics.booking.adapter.twilio.internal.TwilioPolicies;
import com.metalogics.booking.core.domain.ReminderChannel;
import com.metalogics.booking.core.port.out.HealthStatus;
import com.metalogics.booking.core.port.out.ReminderMessage;
import com.metalogics.booking.core.port.out.ReminderSender;
import dev.failsafe.FailsafeException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SMS reminders through Twilio's Messages API. Twilio takes no idempotency key, so each text
 * carries the reminder's reference ({@link SmsText#reference}); before a send is repeated by the
 * retry here, and before every send the engine asks for ({@link #findSent}), the account's messages
 * to the number are searched for it, and a message found is taken as sent.
 */
public final class TwilioSmsSender implements ReminderSender {

  private static final Logger LOG = LoggerFactory.getLogger(TwilioSmsSender.class);

  /** Messages to one number are few; a page of this many reaches back far enough. */
  private static final int LOOKUP_PAGE = 100;

  private final TwilioConfig config;
  private final TwilioClient client;
  private final TwilioPolicies policies;

  public TwilioSmsSender(TwilioConfig config) {
    this.config = config;
    this.client =
        new TwilioClient(
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
            config.baseUrl(),
            config.accountSid(),
            config.username(),
            config.secret(),
            config.callTimeout());
    this.policies = new TwilioPolicies(config);
  }

  @Override
  public ReminderChannel channel() {
    return ReminderChannel.SMS;
  }

  @Override
  public String send(ReminderMessage message) {
    String to = phone(message);
    String body = SmsText.of(message, config.publicBaseUrl());
    String sid =
        call(
            ctx -> {
              if (ctx.isRetry()) {
                Optional<String> earlier = lookup(to, SmsText.reference(message.key()));
                if (earlier.isPresent()) {
                  return earlier.get();
                }
              }
              return client.create(form(to, body)).path("sid").asText();
            });
    LOG.info(
        "Sent SMS reminder {} min before booking {} to {}: {}",
        message.reminder().offsetMinutes(),
        message.booking().id(),
        mask(to),
        sid);
    return sid;
  }

  @Override
  public Optional<String> findSent(ReminderMessage message) {
    String to = phone(message);
    return call(ctx -> lookup(to, SmsText.reference(message.key())));
  }

  /** Down while the circuit is open: Twilio kept failing. */
  public HealthStatus health() {
    return policies.circuitOpen() ? HealthStatus.DOWN : HealthStatus.UP;
  }

  public boolean circuitOpen() {
    return policies.circuitOpen();
  }

  private Optional<String> lookup(String to, String reference) {
    JsonNode page = client.list(Map.of("To", to, "PageSize", String.valueOf(LOOKUP_PAGE)));
    for (JsonNode sent : page.path("messages")) {
      if (sent.path("body").asText("").contains(reference)) {
        return Optional.of(sent.path("sid").asText());
      }
    }
    return Optional.empty();
  }

  private Map<String, String> form(String to, String body) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("To", to);
    config.from().ifPresent(from -> form.put("From", from));
    config.messagingServiceSid().ifPresent(sid -> form.put("MessagingServiceSid", sid));
    form.put("Body", body);
    return form;
  }

  /** Refusals are final, everything else is retried by the engine; no number in any message. */
  private <T> T call(dev.failsafe.function.ContextualSupplier<T, T> call) {
    try {
      return policies.run(call);
    } catch (TwilioCallException e) {
      throw translate(e);
    } catch (FailsafeException e) {
      if (e.getCause() instanceof TwilioCallException t) {
        throw translate(t);
      }
      throw new IllegalStateException("Twilio call failed: " + e.getClass().getSimpleName(), e);
    }
  }

  private static RuntimeException translate(TwilioCallException e) {
    if (e.kind() == TwilioCallException.Kind.REJECTED) {
      return new Refused(e.getMessage());
    }
    return new IllegalStateException("Twilio " + e.kind() + ": " + e.getMessage(), e);
  }

  private static String phone(ReminderMessage message) {
    return message
        .booking()
        .attendee()
        .phone()
        .orElseThrow(() -> new Refused("the booking has no phone number"));
  }

  /** {@code +41******800}: enough to tell numbers apart in a log, not to call one. */
  static String mask(String number) {
    if (number.length() <= 6) {
      return "***";
    }
    return number.substring(0, 3)
        + "*".repeat(number.length() - 6)
        + number.substring(number.length() - 3);
  }
}
