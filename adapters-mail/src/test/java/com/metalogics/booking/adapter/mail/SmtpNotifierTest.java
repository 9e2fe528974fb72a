package com.metalogics.booking.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.metalogics.booking.adapter.mail.testing.SmtpTestServer;
import com.metalogics.booking.core.contract.Fixtures;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.CalendarConflict;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.AdminAlert;
import com.metalogics.booking.core.port.out.AttendeeNotification;
import com.metalogics.booking.core.port.out.AttendeeNotification.Kind;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Real SMTP: every mail goes through GreenMail and is read back as a client would. */
class SmtpNotifierTest {

  @RegisterExtension static final SmtpTestServer GREEN_MAIL = new SmtpTestServer();

  private static final Instant START = Instant.parse("2027-03-03T15:00:00Z");

  private static final List<String> OLIVIA = List.of("Olivia Owner");

  private final Booking booking = Fixtures.booking(START, "ada@example.com");

  private SmtpNotifier notifier(Optional<String> admin) {
    return new SmtpNotifier(
        new MailConfig(
            "127.0.0.1",
            GREEN_MAIL.getSmtp().getPort(),
            Optional.empty(),
            Optional.empty(),
            "bookings@metalogics.test",
            admin,
            "https://book.metalogics.test/",
            false,
            Duration.ofSeconds(5)));
  }

  @Test
  void confirmation_carriesTheManageLinkAndAnIcsMatchingTheBooking() throws Exception {
    notifier(Optional.empty())
        .notifyAttendee(
            new AttendeeNotification(Kind.CONFIRMATION, booking, "tok3n", true, OLIVIA));
    MimeMessage mail = single();
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ada@example.com");
    assertThat(mail.getSubject()).startsWith("Confirmed: ");
    assertThat(mail.getMessageID()).isEqualTo("<booking." + booking.id() + ".1@metalogics.test>");
    String text = textOf(mail);
    assertThat(text)
        .contains("https://book.metalogics.test/manage/" + booking.id() + "#token=tok3n")
        .contains("30 minutes")
        .doesNotContain("could not add this meeting");
    VEvent event = invitationOf(mail, "REQUEST");
    assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(booking.startTime());
    assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(booking.endTime());
    assertThat(event.getUid().getValue()).isEqualTo(booking.id() + "@booking.metalogics");
    assertThat(event.getSequence().getValue()).isZero();
  }

  @Test
  void givenCalendarNotWritten_theMailCarriesManualCalendarInstructions() throws Exception {
    notifier(Optional.empty())
        .notifyAttendee(new AttendeeNotification(Kind.CONFIRMATION, booking, "t", false, OLIVIA));
    assertThat(textOf(single())).contains("could not add this meeting to our calendar");
  }

  @Test
  void reschedule_updatesTheSameInvitation_andCancellationCancelsIt() throws Exception {
    Booking moved =
        booking.reschedule(
            TimeSlot.of(START.plus(Duration.ofDays(1)), Duration.ofMinutes(45)), START);
    notifier(Optional.empty())
        .notifyAttendee(new AttendeeNotification(Kind.RESCHEDULE, moved, "t", true, OLIVIA));
    Booking cancelled = moved.cancel(START, Optional.of("sick"));
    notifier(Optional.empty())
        .notifyAttendee(new AttendeeNotification(Kind.CANCELLATION, cancelled, "t", true, OLIVIA));
    MimeMessage[] mails = GREEN_MAIL.getReceivedMessages();
    assertThat(mails).hasSize(2);
    VEvent rescheduled = invitationOf(mails[0], "REQUEST");
    assertThat(rescheduled.getSequence().getValue()).isEqualTo(1);
    assertThat(rescheduled.getDateStart().getValue().toInstant()).isEqualTo(moved.startTime());
    VEvent gone = invitationOf(mails[1], "CANCEL");
    assertThat(gone.getStatus().isCancelled()).isTrue();
    assertThat(gone.getUid().getValue()).isEqualTo(rescheduled.getUid().getValue());
    assertThat(mails[1].getSubject()).startsWith("Cancelled: ");
  }

  @Test
  void everyAttendeeMail_namesTheHostsTheMeetingIsWith() throws Exception {
    Booking moved =
        booking.reschedule(
            TimeSlot.of(START.plus(Duration.ofDays(1)), Duration.ofMinutes(30)), START);
    List<String> both = List.of("Grace Hopper", "Lin Chen");
    notifier(Optional.empty())
        .notifyAttendee(new AttendeeNotification(Kind.CONFIRMATION, booking, "t", true, OLIVIA));
    notifier(Optional.empty())
        .notifyAttendee(new AttendeeNotification(Kind.RESCHEDULE, moved, "t", true, both));
    notifier(Optional.empty())
        .notifyAttendee(
            new AttendeeNotification(
                Kind.CANCELLATION, moved.cancel(START, Optional.empty()), "t", true, both));
    MimeMessage[] mails = GREEN_MAIL.getReceivedMessages();
    assertThat(mails).hasSize(3);
    assertThat(textOf(mails[0]))
        .contains("your meeting with Olivia Owner is booked.")
        .contains("With: Olivia Owner");
    assertThat(textOf(mails[1]))
        .contains("your meeting with Grace Hopper and Lin Chen has been moved.")
        .contains("With: Grace Hopper and Lin Chen")
        .doesNotContain("Olivia Owner");
    assertThat(textOf(mails[2]))
        .contains("your meeting with Grace Hopper and Lin Chen has been cancelled.");
  }

  @Test
  void adminAlert_goesToTheAdmin_orOnlyToTheLogWithoutOne() throws Exception {
    AdminAlert alert =
        new AdminAlert.BookingGaveUp(booking, EffectKind.CALENDAR, 2, "calendar: 401");
    notifier(Optional.empty()).alertAdmin(alert);
    assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    notifier(Optional.of("owner@metalogics.test")).alertAdmin(alert);
    MimeMessage mail = single();
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("owner@metalogics.test");
    assertThat(GreenMailUtil.getBody(mail))
        .contains(booking.id().toString())
        .contains("calendar: 401")
        .contains("Attempts: 2");
    assertThat(mail.getSubject()).isEqualTo("Booking " + booking.id() + " needs manual sync");
  }

  @Test
  void outageAlert_hasItsOwnSubject_andTellsHowManyBookingsWait() throws Exception {
    AdminAlert alert =
        new AdminAlert.IntegrationDown(List.of("calendar", "CRM"), 200, "calendar: 503");
    notifier(Optional.of("owner@metalogics.test")).alertAdmin(alert);
    MimeMessage mail = single();
    assertThat(mail.getSubject()).isEqualTo("Integration down: calendar, CRM");
    assertThat(GreenMailUtil.getBody(mail))
        .contains("An integration is down")
        .contains("Bookings affected (waiting for it): 200")
        .doesNotContain("Attempts");
  }

  @Test
  void reassignedAlert_saysTheBookingMoved_andNamesBothHosts() throws Exception {
    CalendarConflict conflict =
        new CalendarConflict("dentist", TimeSlot.of(START, Duration.ofHours(1)), START);
    notifier(Optional.of("owner@metalogics.test"))
        .alertAdmin(new AdminAlert.BookingReassigned(booking, conflict, "ann"));
    MimeMessage mail = single();
    assertThat(mail.getSubject())
        .isEqualTo("Booking " + booking.id() + " was reassigned over a calendar event");
    assertThat(GreenMailUtil.getBody(mail))
        .contains("reassigned to another free host")
        .contains("Former host: ann")
        .contains("New host: " + booking.placement().hostId());
  }

  @Test
  void unreachableServer_failsLoudly_soTheWorkerRetries() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    SmtpNotifier down =
        new SmtpNotifier(
            new MailConfig(
                "127.0.0.1",
                closedPort,
                Optional.empty(),
                Optional.empty(),
                "b@metalogics.test",
                Optional.empty(),
                "http://localhost:8080",
                false,
                Duration.ofSeconds(2)));
    assertThatThrownBy(
            () ->
                down.notifyAttendee(
                    new AttendeeNotification(Kind.CONFIRMATION, booking, "t", true, OLIVIA)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SMTP send failed");
  }

  @Test
  void configProblems_areAllReported() {
    MailConfig bad =
        new MailConfig(
            " ",
            0,
            Optional.of("u"),
            Optional.empty(),
            "nobody",
            Optional.empty(),
            "ftp://x",
            false,
            Duration.ofSeconds(1));
    assertThat(bad.problems()).hasSize(5);
    assertThat(bad.toString()).doesNotContain("u]");
  }

  private static MimeMessage single() {
    MimeMessage[] mails = GREEN_MAIL.getReceivedMessages();
    assertThat(mails).hasSize(1);
    return mails[0];
  }

  private static String textOf(MimeMessage mail) throws Exception {
    return ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent().toString();
  }

  private static VEvent invitationOf(MimeMessage mail, String method) throws Exception {
    BodyPart part = ((MimeMultipart) mail.getContent()).getBodyPart(1);
    assertThat(part.getFileName()).isEqualTo("invite.ics");
    assertThat(part.getContentType()).contains("text/calendar").contains("method=" + method);
    ICalendar ical = Biweekly.parse(part.getInputStream()).first();
    assertThat(ical.getMethod().getValue()).isEqualTo(method);
    return ical.getEvents().get(0);
  }
}
