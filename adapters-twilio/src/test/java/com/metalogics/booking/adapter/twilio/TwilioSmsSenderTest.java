package com.metalogics.booking.adapter.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.adapter.twilio.fake.FakeTwilio;
import com.metalogics.booking.core.contract.Fixtures;
import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Reminder;
import com.metalogics.booking.core.domain.ReminderChannel;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.HealthStatus;
import com.metalogics.booking.core.port.out.ReminderMessage;
import com.metalogics.booking.core.port.out.ReminderSender;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SMS sender against the fake Twilio: what it sends, how it retries, how it never repeats. */
class TwilioSmsSenderTest {

  private static final String PHONE = "+41446681800";

  private final FakeTwilio twilio = FakeTwilio.start();
  private final Booking booking =
      Booking.newBooking(
          UUID.randomUUID(),
          new Attendee(
              "Ada",
              "ada@example.com",
              Optional.empty(),
              Optional.of(PHONE),
              Optional.empty(),
              ZoneId.of("Europe/Zurich")),
          TimeSlot.of(Instant.parse("2027-03-04T08:00:00Z"), Duration.ofMinutes(30)),
          Fixtures.NOW,
          "hash",
          Optional.empty());

  @AfterEach
  void stop() {
    twilio.close();
  }

  private TwilioConfig.Builder config() {
    return TwilioConfig.builder()
        .accountSid(FakeTwilio.ACCOUNT_SID)
        .authToken(Optional.of(FakeTwilio.AUTH_TOKEN))
        .from(Optional.of(FakeTwilio.FROM))
        .baseUrl(twilio.baseUrl())
        .publicBaseUrl("https://book.example.com")
        .retryDelay(Duration.ofMillis(5))
        .callTimeout(Duration.ofSeconds(5));
  }

  private ReminderMessage message(String key, String title) {
    return new ReminderMessage(
        key, new Reminder(ReminderChannel.SMS, 60), booking, title, "Room 1", "Grace", "s3cret");
  }

  @Test
  void aReminder_isOneGsmSegment_withTheLocalTime_theShortManageUrl_andItsReference() {
    String key = UUID.randomUUID().toString();

    String sid = new TwilioSmsSender(config().build()).send(message(key, "Intro call ☎"));

    FakeTwilio.Message sent = twilio.messages().get(0);
    assertThat(sid).isEqualTo(sent.sid()).startsWith("SM");
    assertThat(sent.to()).isEqualTo(PHONE);
    assertThat(sent.from()).isEqualTo(FakeTwilio.FROM);
    assertThat(sent.body())
        .hasSizeLessThanOrEqualTo(160)
        .startsWith("Reminder: Intro call on Thu 4 Mar 09:00 (Europe/Zurich).")
        .contains("https://book.example.com/manage/" + booking.id())
        .endsWith(SmsText.reference(key))
        .doesNotContain("s3cret")
        .doesNotContain("☎");
  }

  @Test
  void aLongTitle_isShortenedToFitOneSegment() {
    String body =
        SmsText.of(message(UUID.randomUUID().toString(), "x".repeat(300)), "https://b.example");

    assertThat(body).hasSize(160).contains("x...");
  }

  @Test
  void anApiKey_andAMessagingService_areAccepted() {
    TwilioConfig viaService =
        config()
            .apiKey(Optional.of(FakeTwilio.API_KEY), Optional.of(FakeTwilio.API_SECRET))
            .from(Optional.empty())
            .messagingServiceSid(Optional.of("MG" + "0".repeat(32)))
            .build();

    new TwilioSmsSender(viaService).send(message(UUID.randomUUID().toString(), "Call"));

    assertThat(twilio.messages())
        .singleElement()
        .satisfies(m -> assertThat(m.from()).startsWith("MG"));
  }

  @Test
  void serverErrorsAndThrottling_areRetried_andSendOnce() {
    twilio.failNext(1, 503);
    new TwilioSmsSender(config().build()).send(message(UUID.randomUUID().toString(), "Call"));
    twilio.failNext(1, 429);
    new TwilioSmsSender(config().build()).send(message(UUID.randomUUID().toString(), "Call"));

    assertThat(twilio.messages()).hasSize(2);
  }

  @Test
  void aSendWhoseAnswerWasLost_isFoundBeforeTheRetry_andNotRepeated() {
    twilio.loseAnswers(1);

    String sid =
        new TwilioSmsSender(config().build()).send(message(UUID.randomUUID().toString(), "Call"));

    assertThat(twilio.messages())
        .singleElement()
        .satisfies(m -> assertThat(m.sid()).isEqualTo(sid));
  }

  @Test
  void findSent_findsAnEarlierMessageByItsReference_only() {
    String key = UUID.randomUUID().toString();
    TwilioSmsSender sender = new TwilioSmsSender(config().build());
    String sid = sender.send(message(key, "Call"));

    assertThat(sender.findSent(message(key, "Call"))).contains(sid);
    assertThat(sender.findSent(message(UUID.randomUUID().toString(), "Call"))).isEmpty();
  }

  @Test
  void anAuthFailure_isNeverRetried() {
    TwilioSmsSender sender =
        new TwilioSmsSender(config().authToken(Optional.of("wrong-token")).build());

    assertThatThrownBy(() -> sender.send(message(UUID.randomUUID().toString(), "Call")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("AUTH")
        .hasMessageContaining("20003")
        .hasMessageNotContaining(PHONE);
    assertThat(twilio.requests()).isEqualTo(1);
  }

  @Test
  void aNumberTwilioRefuses_isRefusedForGood_withoutRetry() {
    twilio.failNext(1, 400);

    assertThatThrownBy(
            () ->
                new TwilioSmsSender(config().build())
                    .send(message(UUID.randomUUID().toString(), "Call")))
        .isInstanceOf(ReminderSender.Refused.class);
    assertThat(twilio.requests()).isEqualTo(1);
  }

  @Test
  void aTwilioThatKeepsFailing_opensTheCircuit_andReportsDown() {
    twilio.failAll(500);
    TwilioSmsSender sender =
        new TwilioSmsSender(config().maxAttempts(1).circuit(2, Duration.ofMinutes(1)).build());

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> sender.send(message(UUID.randomUUID().toString(), "Call")))
          .isInstanceOf(IllegalStateException.class);
    }

    assertThat(sender.health()).isEqualTo(HealthStatus.DOWN);
    assertThat(twilio.requests()).isEqualTo(2);
  }

  @Test
  void numbersAreMaskedForLogs() {
    assertThat(TwilioSmsSender.mask(PHONE)).isEqualTo("+41******800");
  }
}
