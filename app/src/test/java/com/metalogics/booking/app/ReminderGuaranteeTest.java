package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.adapter.mail.testing.SmtpTestServer;
import com.metalogics.booking.adapter.twilio.fake.FakeTwilio;
import com.metalogics.booking.app.ReminderScript.Expected;
import com.metalogics.booking.app.ReminderWorld.Sent;
import com.metalogics.booking.core.domain.ReminderChannel;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reminder guarantees on a hand-moved clock: 500 bookings over a week with 24 h and 1 h
 * reminders by e-mail and SMS, some moved and some cancelled, the workers run every tick across the
 * week. Every reminder a live revision calls for goes out once, within one tick of its time; none
 * of a cancelled or superseded revision; through outages of hours, and with two instances.
 */
class ReminderGuaranteeTest {

  @RegisterExtension static final SmtpTestServer GREEN_MAIL = new SmtpTestServer();

  private static final Instant BEGIN = Instant.parse("2027-03-01T00:00:00Z");
  private static final Pattern REFERENCE = Pattern.compile("Ref [0-9A-F]{10}");

  @TempDir Path dir;

  private final FakeTwilio twilio = FakeTwilio.start();
  private ReminderWorld world;

  @AfterEach
  void stop() {
    if (world != null) {
      world.close();
    }
    twilio.close();
  }

  @Test
  void aWeekOfChanges_eachDueReminderIsSentOnce_withinOneTick_andNoneForOldOrCancelled()
      throws Exception {
    ReminderScript script = script(17L);
    world = new ReminderWorld(dir, BEGIN, 1, GREEN_MAIL.getSmtp().getPort(), twilio);

    world.run(script, t -> {});

    List<Expected> expected = script.expected();
    assertSentExactly(expected);
    for (Expected e : expected) {
      Instant at = sentAt(e);
      assertThat(Duration.between(e.due(), at))
          .as("delay of %s", e)
          .isBetween(Duration.ZERO, ReminderScript.TICK.minusNanos(1));
    }
    assertOnceAtTheProviders(expected);
  }

  @Test
  void twoInstancesOnPostgres_sendEachReminderOnce_withinOneTick() throws Exception {
    ReminderScript script = script(41L);
    world =
        new ReminderWorld(
            com.metalogics.booking.adapter.jdbi.PostgresServer.freshDatabase(),
            BEGIN,
            2,
            GREEN_MAIL.getSmtp().getPort(),
            twilio);

    world.run(script, t -> {});

    List<Expected> expected = script.expected();
    assertSentExactly(expected);
    for (Expected e : expected) {
      assertThat(Duration.between(e.due(), sentAt(e)))
          .as("delay of %s", e)
          .isLessThan(ReminderScript.TICK);
    }
    assertOnceAtTheProviders(expected);
    assertThat(world.sent).extracting(Sent::instance).contains(0, 1);
  }

  @Test
  void smtpAndTwilioFailingForHours_twoInstances_stillSendEachReminderOnce_afterRecovery()
      throws Exception {
    ReminderScript script = script(29L);
    world = new ReminderWorld(dir, BEGIN, 2, GREEN_MAIL.getSmtp().getPort(), twilio);
    Instant smtpFrom = BEGIN.plus(Duration.ofHours(50));
    Instant smtpTo = smtpFrom.plus(Duration.ofHours(5));
    Instant smsFrom = BEGIN.plus(Duration.ofHours(80));
    Instant smsTo = smsFrom.plus(Duration.ofHours(6));
    Instant lossy = BEGIN.plus(Duration.ofHours(120));
    Consumer<Instant> outages =
        t -> {
          world.smtpDown.set(!t.isBefore(smtpFrom) && t.isBefore(smtpTo));
          if (t.equals(smsFrom)) {
            twilio.failAll(503);
          }
          if (t.equals(smsTo)) {
            twilio.recover();
          }
          if (t.equals(lossy)) {
            twilio.loseAnswers(5);
          }
        };

    world.run(script, outages);

    // The longest retry wait, a second one for a first attempt that meets the circuit breaker's
    // trial call after the outage, the ticks that run them, and one more tick for a reminder the
    // half-open breaker refuses while another one's trial call runs (it lets one through at a
    // time): a full run once sent one exactly three ticks after the retry wait.
    Duration catchUp = Duration.ofMinutes(10).plus(ReminderScript.TICK.multipliedBy(4));
    List<Expected> onTime = new ArrayList<>();
    List<Expected> late = new ArrayList<>();
    for (Expected e : script.expected()) {
      boolean mail = e.reminder().channel() == ReminderChannel.EMAIL;
      Instant from = mail ? smtpFrom : smsFrom;
      Instant to = mail ? smtpTo : smsTo;
      boolean inOutage = !e.due().isBefore(from) && e.due().isBefore(to);
      if (!inOutage) {
        onTime.add(e);
      } else if (e.start().isAfter(to.plus(catchUp)) && stillValid(script, e, to.plus(catchUp))) {
        late.add(e);
      }
    }
    assertThat(late).as("reminders caught in an outage").hasSizeGreaterThan(20);
    assertSentAtMostOnce();
    for (Expected e : onTime) {
      // After its channel's outage, an instance's circuit breaker stays half-open until that
      // instance next sends on the channel, and then lets one call through at a time: a second
      // reminder of the same tick is refused by the breaker and goes out one tick later.
      Instant recovered = e.reminder().channel() == ReminderChannel.EMAIL ? smtpTo : smsTo;
      Duration allowed = ReminderScript.TICK.multipliedBy(e.due().isBefore(recovered) ? 1 : 2);
      assertThat(Duration.between(e.due(), sentAt(e))).as("delay of %s", e).isLessThan(allowed);
    }
    for (Expected e : late) {
      assertThat(sentAt(e))
          .as("catch-up of %s", e)
          .isBefore(outageEnd(e, smtpTo, smsTo).plus(catchUp));
    }
    assertThat(world.sent)
        .allSatisfy(s -> assertThat(s.at()).isBefore(s.message().booking().startTime()));
    assertOnceAtTheProviders(List.of());
    assertThat(world.sent).extracting(Sent::instance).contains(0, 1);
  }

  private static ReminderScript script(long seed) {
    System.err.println("ReminderGuaranteeTest seed " + seed);
    return new ReminderScript(seed, BEGIN, 500);
  }

  private Instant outageEnd(Expected e, Instant smtpTo, Instant smsTo) {
    return e.reminder().channel() == ReminderChannel.EMAIL ? smtpTo : smsTo;
  }

  private static boolean stillValid(ReminderScript script, Expected e, Instant at) {
    return script.revisions.stream()
        .filter(r -> r.index() == e.index() && r.revision() == e.revision())
        .allMatch(r -> r.until().map(at::isBefore).orElse(true));
  }

  /** Every send matches one expected reminder, and every expected one was sent. */
  private void assertSentExactly(List<Expected> expected) {
    Map<String, Integer> counts = counts();
    Set<String> wanted = new HashSet<>();
    expected.forEach(e -> wanted.add(key(e)));
    assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(wanted);
    assertSentAtMostOnce();
  }

  private void assertSentAtMostOnce() {
    assertThat(counts()).allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(1));
  }

  private Map<String, Integer> counts() {
    Map<String, Integer> counts = new HashMap<>();
    for (Sent s : world.sent) {
      counts.merge(key(s), 1, Integer::sum);
    }
    return counts;
  }

  private Instant sentAt(Expected e) {
    return world.sent.stream()
        .filter(s -> key(s).equals(key(e)))
        .map(Sent::at)
        .findFirst()
        .orElseThrow(() -> new AssertionError("never sent: " + e));
  }

  /** What GreenMail and the fake Twilio hold: each reminder's message once. */
  private void assertOnceAtTheProviders(List<Expected> expected) throws MessagingException {
    MimeMessage[] mails = GREEN_MAIL.getReceivedMessages();
    Set<String> ids = new HashSet<>();
    for (MimeMessage mail : mails) {
      assertThat(ids.add(mail.getMessageID())).as("repeated %s", mail.getMessageID()).isTrue();
    }
    Set<String> references = new HashSet<>();
    for (FakeTwilio.Message sms : twilio.messages()) {
      Matcher ref = REFERENCE.matcher(sms.body());
      assertThat(ref.find()).isTrue();
      assertThat(references.add(ref.group())).as("repeated %s", ref.group()).isTrue();
    }
    long mailsSent =
        world.sent.stream()
            .filter(s -> s.message().reminder().channel() == ReminderChannel.EMAIL)
            .count();
    assertThat(mails).hasSize((int) mailsSent);
    assertThat(twilio.messages()).hasSize(world.sent.size() - (int) mailsSent);
    if (!expected.isEmpty()) {
      assertThat(world.sent).hasSize(expected.size());
    }
  }

  private String key(Sent s) {
    return world.indexOf(s.bookingId()) + "/" + s.revision() + "/" + s.message().reminder();
  }

  private static String key(Expected e) {
    return e.index() + "/" + e.revision() + "/" + e.reminder();
  }
}
