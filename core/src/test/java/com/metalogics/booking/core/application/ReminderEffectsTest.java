package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.CalendarReminder;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EffectState;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Reminder;
import com.metalogics.booking.core.domain.ReminderChannel;
import com.metalogics.booking.core.domain.ReminderPlan;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.inmemory.RecordingReminderSender;
import com.metalogics.booking.core.port.in.BookingAccess;
import com.metalogics.booking.core.port.in.CancelBookingCommand;
import com.metalogics.booking.core.port.in.RescheduleBookingCommand;
import com.metalogics.booking.core.port.out.ReminderMessage;
import com.metalogics.booking.core.port.out.ReminderSender;
import com.metalogics.booking.core.port.out.Stored;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Reminders on the outbox: planned with the booking, moved with it, dropped with it, sent once. */
class ReminderEffectsTest {

  private final RecordingReminderSender mail = new RecordingReminderSender(ReminderChannel.EMAIL);
  private final RecordingReminderSender sms = new RecordingReminderSender(ReminderChannel.SMS);
  private final EngineHarness h = new EngineHarness(mail, sms);

  @Test
  void theDefaultType_remindsByMail_aDayBefore_once() {
    Booking booking = h.book(h.ny(3, 10, 0), "ada@example.org").booking();

    Effect reminder = h.effect(booking, EffectKind.REMINDER_EMAIL);
    assertThat(reminder.dueAt()).isEqualTo(booking.startTime().minus(Duration.ofHours(24)));
    assertThat(reminder.target()).isEqualTo("1440");
    runWorkerAt(reminder.dueAt().minusSeconds(1));
    assertThat(mail.sent()).isEmpty();

    runWorkerAt(reminder.dueAt());
    runWorkerAt(reminder.dueAt().plusSeconds(60));

    assertThat(mail.sent())
        .singleElement()
        .satisfies(m -> assertThat(m.key()).isEqualTo(reminder.id().toString()));
    assertThat(h.effect(booking, EffectKind.REMINDER_EMAIL).state()).isEqualTo(EffectState.DONE);
    assertThat(sms.sent()).isEmpty();
  }

  @Test
  void aReminderWhoseTimeHasPassedAtBooking_isNotPlanned() {
    remind(new Reminder(ReminderChannel.EMAIL, 2880), new Reminder(ReminderChannel.EMAIL, 1440));

    Booking booking = h.book(h.ny(1, 15, 0), "ada@example.org").booking();

    assertThat(reminders(booking)).extracting(Effect::target).containsExactly("1440");
  }

  @Test
  void aReschedule_replacesTheReminders_andACancel_dropsThem() {
    remind(new Reminder(ReminderChannel.EMAIL, 1440), new Reminder(ReminderChannel.SMS, 60));
    var receipt = h.book(h.ny(3, 10, 0), "ada@example.org");
    Booking booking = receipt.booking();
    BookingAccess access = BookingAccess.withToken(booking.id(), receipt.manageToken());

    Booking moved =
        h.engine
            .rescheduleBooking()
            .handle(
                new RescheduleBookingCommand(access, Optional.of(h.ny(4, 11, 0)), Optional.empty()))
            .booking();
    List<Effect> afterMove = reminders(booking);
    assertThat(afterMove)
        .filteredOn(e -> e.revision() == 1)
        .allMatch(e -> e.state() == EffectState.CANCELLED)
        .hasSize(2);
    assertThat(afterMove)
        .filteredOn(e -> e.revision() == 2)
        .extracting(Effect::dueAt)
        .containsExactlyInAnyOrder(
            moved.startTime().minus(Duration.ofHours(24)),
            moved.startTime().minus(Duration.ofHours(1)));

    h.engine.cancelBooking().handle(new CancelBookingCommand(access, Optional.empty()));
    runWorkerAt(moved.startTime().minusSeconds(60));

    assertThat(reminders(booking)).allMatch(e -> e.state() == EffectState.CANCELLED);
    assertThat(mail.sent()).isEmpty();
    assertThat(sms.sent()).isEmpty();
  }

  @Test
  void anSmsWhoseAnswerWasLost_isFoundAtTheProvider_andNotSentAgain() {
    AtomicReference<Boolean> loseAnswer = new AtomicReference<>(true);
    EngineHarness lossy = new EngineHarness(new LosingAnswers(sms, loseAnswer));
    remind(lossy, new Reminder(ReminderChannel.SMS, 60));
    Booking booking = lossy.book(lossy.ny(3, 10, 0), "ada@example.org").booking();
    Effect reminder = lossy.effect(booking, EffectKind.REMINDER_SMS);

    lossy.clock.set(reminder.dueAt());
    lossy.engine.syncBookings().syncDue();
    assertThat(lossy.effect(booking, EffectKind.REMINDER_SMS).state())
        .isEqualTo(EffectState.PENDING);
    loseAnswer.set(false);
    lossy.clock.advance(Duration.ofMinutes(10));
    lossy.engine.syncBookings().syncDue();

    assertThat(sms.sent()).hasSize(1);
    Effect done = lossy.effect(booking, EffectKind.REMINDER_SMS);
    assertThat(done.state()).isEqualTo(EffectState.DONE);
    assertThat(done.remoteRef()).contains("SMS-1");
  }

  @Test
  void anSmsSentBeforeACrashThatTheDatabaseForgot_isFoundAtTheProvider_andNotSentAgain() {
    remind(new Reminder(ReminderChannel.SMS, 60));
    Booking booking = h.book(h.ny(3, 10, 0), "ada@example.org").booking();
    Effect reminder = h.effect(booking, EffectKind.REMINDER_SMS);
    sms.send(
        new ReminderMessage(
            reminder.id().toString(),
            new Reminder(ReminderChannel.SMS, 60),
            booking,
            "Meeting",
            "",
            "Owner",
            "token"));

    runWorkerAt(reminder.dueAt());

    assertThat(sms.sent()).hasSize(1);
    assertThat(h.effect(booking, EffectKind.REMINDER_SMS).state()).isEqualTo(EffectState.DONE);
  }

  @Test
  void anSms_isWrittenDownAsAttempted_beforeItIsSent() {
    AtomicReference<Effect> seenAtSend = new AtomicReference<>();
    EngineHarness[] holder = new EngineHarness[1];
    ReminderSender watching =
        new LosingAnswers(sms, new AtomicReference<>(false)) {
          @Override
          public String send(ReminderMessage message) {
            seenAtSend.set(
                holder[0]
                    .repository
                    .findEffect(java.util.UUID.fromString(message.key()))
                    .orElseThrow());
            return super.send(message);
          }
        };
    holder[0] = new EngineHarness(watching);
    remind(holder[0], new Reminder(ReminderChannel.SMS, 60));
    Booking booking = holder[0].book(holder[0].ny(3, 10, 0), "ada@example.org").booking();
    Effect reminder = holder[0].effect(booking, EffectKind.REMINDER_SMS);

    holder[0].clock.set(reminder.dueAt());
    holder[0].engine.syncBookings().syncDue();

    assertThat(seenAtSend.get().attempts()).isEqualTo(1);
    assertThat(seenAtSend.get().nextAttemptAt()).isAfter(reminder.dueAt());
    assertThat(holder[0].effect(booking, EffectKind.REMINDER_SMS).state())
        .isEqualTo(EffectState.DONE);
  }

  @Test
  void anAttendeeWhoTurnedSmsOff_getsNoSms_butStillTheMail() {
    remind(new Reminder(ReminderChannel.EMAIL, 1440), new Reminder(ReminderChannel.SMS, 60));
    var receipt = h.book(h.ny(3, 10, 0), "ada@example.org");
    BookingAccess access = BookingAccess.withToken(receipt.booking().id(), receipt.manageToken());

    Booking off = h.engine.manageReminders().turnOffSms(access).booking();
    runWorkerAt(off.startTime().minusSeconds(60));

    assertThat(off.attendee().smsOptedOut()).isTrue();
    assertThat(mail.sent()).hasSize(1);
    assertThat(sms.sent()).isEmpty();
    assertThat(h.effect(off, EffectKind.REMINDER_SMS).state()).isEqualTo(EffectState.CANCELLED);
  }

  @Test
  void aTypeWithSmsReminders_storesThePhoneInE164_andRefusesABadOne() {
    remind(new Reminder(ReminderChannel.SMS, 60));

    Booking booking = h.book(h.ny(3, 10, 0), "ada@example.org").booking();

    assertThat(booking.attendee().phone()).contains("+15550100");
    assertThatThrownBy(
            () ->
                h.engine
                    .bookMeeting()
                    .handle(
                        h.command(h.ny(3, 11, 0), "bob@example.org")
                            .withDetails("Co", "call me", "")))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("phone"));
  }

  @Test
  void aMailFailingForHours_isSentOnce_afterItRecovers() {
    Booking booking = h.book(h.ny(3, 10, 0), "ada@example.org").booking();
    Effect reminder = h.effect(booking, EffectKind.REMINDER_EMAIL);
    mail.failures().failWith(() -> new IllegalStateException("smtp down"));

    Instant end = reminder.dueAt().plus(Duration.ofHours(3));
    for (Instant t = reminder.dueAt(); t.isBefore(end); t = t.plusSeconds(30)) {
      runWorkerAt(t);
    }
    mail.failures().recover();
    for (Instant t = end; t.isBefore(end.plus(Duration.ofMinutes(10))); t = t.plusSeconds(30)) {
      runWorkerAt(t);
    }

    assertThat(mail.sent()).hasSize(1);
    assertThat(h.effect(booking, EffectKind.REMINDER_EMAIL).state()).isEqualTo(EffectState.DONE);
  }

  @Test
  void theTypesCalendarReminders_goToTheHostsCalendarEvent() {
    List<CalendarReminder> popup = List.of(new CalendarReminder(CalendarReminder.Method.POPUP, 15));
    Stored<EventType> type = h.engine.manageCatalog().eventType("meeting");
    h.engine
        .manageCatalog()
        .saveEventType(
            type.value().withReminders(new ReminderPlan(List.of(), popup)),
            OptionalLong.of(type.version()),
            "test");

    Booking booking = h.book(h.ny(3, 10, 0), "ada@example.org").booking();

    assertThat(h.calendar.events())
        .singleElement()
        .satisfies(e -> assertThat(e.reminders()).isEqualTo(popup));
    assertThat(reminders(booking)).isEmpty();
  }

  @Test
  void calendarReminders_areCheckedAgainstGooglesLimits() {
    List<CalendarReminder> six =
        List.of(0, 5, 10, 15, 20, 25).stream()
            .map(m -> new CalendarReminder(CalendarReminder.Method.POPUP, m))
            .toList();
    EventType type = h.engine.manageCatalog().eventType("meeting").value();

    assertThatThrownBy(() -> type.withReminders(new ReminderPlan(List.of(), six)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("calendarReminders"));
  }

  private void runWorkerAt(Instant at) {
    h.clock.set(at);
    h.engine.syncBookings().syncDue();
  }

  private List<Effect> reminders(Booking booking) {
    return h.repository.effectsOf(booking.id()).stream()
        .filter(e -> e.kind() == EffectKind.REMINDER_EMAIL || e.kind() == EffectKind.REMINDER_SMS)
        .toList();
  }

  private void remind(Reminder... reminders) {
    remind(h, reminders);
  }

  private static void remind(EngineHarness harness, Reminder... reminders) {
    Stored<EventType> type = harness.engine.manageCatalog().eventType("meeting");
    harness
        .engine
        .manageCatalog()
        .saveEventType(
            type.value().withReminders(new ReminderPlan(List.of(reminders), List.of())),
            OptionalLong.of(type.version()),
            "test");
  }

  /** Sends through {@code inner}, then loses the answer while {@code lose} holds. */
  private static class LosingAnswers implements ReminderSender {
    private final RecordingReminderSender inner;
    private final AtomicReference<Boolean> lose;

    LosingAnswers(RecordingReminderSender inner, AtomicReference<Boolean> lose) {
      this.inner = inner;
      this.lose = lose;
    }

    @Override
    public ReminderChannel channel() {
      return inner.channel();
    }

    @Override
    public String send(ReminderMessage message) {
      String ref = inner.send(message);
      if (lose.get()) {
        throw new IllegalStateException("connection reset");
      }
      return ref;
    }

    @Override
    public Optional<String> findSent(ReminderMessage message) {
      return inner.findSent(message);
    }
  }
}
