package com.metalogics.booking.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.metalogics.booking.adapter.mail.testing.SmtpTestServer;
import com.metalogics.booking.core.contract.Fixtures;
import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Reminder;
import com.metalogics.booking.core.domain.ReminderChannel;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.ReminderMessage;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reminder mails through GreenMail, read back as a client would. */
class SmtpReminderSenderTest {

  @RegisterExtension static final SmtpTestServer GREEN_MAIL = new SmtpTestServer();

  /** 15:00 UTC is 00:00 the next day in Tokyo. */
  private static final Instant START = Instant.parse("2027-03-03T15:00:00Z");

  private final Booking booking =
      Booking.newBooking(
          UUID.randomUUID(),
          new Attendee(
              "Ada <Lovelace>",
              "ada@example.com",
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              ZoneId.of("Asia/Tokyo")),
          TimeSlot.of(START, Duration.ofMinutes(45)),
          Fixtures.NOW,
          "hash",
          Optional.empty());

  private SmtpReminderSender sender() {
    return new SmtpReminderSender(
        new MailConfig(
            "127.0.0.1",
            GREEN_MAIL.getSmtp().getPort(),
            Optional.empty(),
            Optional.empty(),
            "bookings@metalogics.test",
            Optional.empty(),
            "https://book.metalogics.test",
            false,
            Duration.ofSeconds(5)));
  }

  @Test
  void aReminder_saysWhatWhenWhereAndWithWhom_inTheAttendeesZone_withTheManageLinkAndIcs()
      throws Exception {
    String ref = sender().send(message("key-1"));

    MimeMessage mail = single();
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ada@example.com");
    assertThat(mail.getSubject())
        .isEqualTo("Reminder: Consultation \"Ω\" on Thursday, March 4, 2027, 12:00 AM");
    assertThat(mail.getMessageID()).isEqualTo("<reminder.key-1@metalogics.test>").isEqualTo(ref);
    MimeMultipart alternative = (MimeMultipart) part(mail, 0).getContent();
    String text = alternative.getBodyPart(0).getContent().toString();
    String html = alternative.getBodyPart(1).getContent().toString();
    assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
    String link = "https://book.metalogics.test/manage/" + booking.id() + "#token=tok3n";
    assertThat(text)
        .contains("Hello Ada <Lovelace>")
        .contains("When: Thursday, March 4, 2027, 12:00 AM (Asia/Tokyo)")
        .contains("With: Grace Hopper")
        .contains("Where: Room 1 & 2")
        .contains("45 minutes")
        .contains(link);
    assertThat(html)
        .contains("Ada &lt;Lovelace&gt;")
        .contains("Room 1 &amp; 2")
        .contains("href=\"" + link + "\"");
    BodyPart invite = part(mail, 1);
    assertThat(invite.getFileName()).isEqualTo("invite.ics");
    ICalendar ical = Biweekly.parse(invite.getInputStream()).first();
    assertThat(ical.getEvents().get(0).getDateStart().getValue().toInstant()).isEqualTo(START);
  }

  @Test
  void everyAttemptAtOneReminder_carriesTheSameMessageId() throws Exception {
    SmtpReminderSender sender = sender();
    sender.send(message("key-2"));
    sender.send(message("key-2"));
    sender.send(message("key-3"));

    MimeMessage[] mails = GREEN_MAIL.getReceivedMessages();
    assertThat(mails).hasSize(3);
    assertThat(mails[0].getMessageID()).isEqualTo(mails[1].getMessageID());
    assertThat(mails[2].getMessageID()).isNotEqualTo(mails[0].getMessageID());
  }

  private ReminderMessage message(String key) {
    return new ReminderMessage(
        key,
        new Reminder(ReminderChannel.EMAIL, 1440),
        booking,
        "Consultation \"Ω\"",
        "Room 1 & 2",
        "Grace Hopper",
        "tok3n");
  }

  private static BodyPart part(MimeMessage mail, int index) throws Exception {
    return ((MimeMultipart) mail.getContent()).getBodyPart(index);
  }

  private static MimeMessage single() {
    MimeMessage[] mails = GREEN_MAIL.getReceivedMessages();
    assertThat(mails).hasSize(1);
    return mails[0];
  }
}
