package com.metalogics.booking.app;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The mails GreenMail received, read back as a mail client would, invitations parsed. */
final class Mailbox {

  private static final Pattern MESSAGE_ID =
      Pattern.compile("<booking\\.([0-9a-f-]{36})\\.(\\d+)@[^>]+>");
  private static final Pattern TOKEN = Pattern.compile("/manage/([0-9a-f-]{36})#token=(\\S+)");

  /** An attendee mail: which booking revision, to whom, and its {@code invite.ics}. */
  record Mail(
      UUID bookingId,
      int revision,
      String to,
      String subject,
      String text,
      String method,
      Instant start,
      Instant end,
      String icsStatus) {

    /** The manage token of the link in the text. */
    String manageToken() {
      Matcher matcher = TOKEN.matcher(text);
      if (!matcher.find()) {
        throw new AssertionError("no manage link in the mail to " + to);
      }
      return matcher.group(2);
    }
  }

  private Mailbox() {}

  /** The attendee mails (those with a booking Message-ID); admin alerts are left out. */
  static List<Mail> attendeeMails(MimeMessage[] received) {
    List<Mail> mails = new ArrayList<>();
    for (MimeMessage message : received) {
      try {
        Matcher id = MESSAGE_ID.matcher(String.valueOf(message.getMessageID()));
        if (id.matches()) {
          mails.add(read(message, UUID.fromString(id.group(1)), Integer.parseInt(id.group(2))));
        }
      } catch (MessagingException | IOException e) {
        throw new AssertionError("unreadable mail", e);
      }
    }
    return mails;
  }

  /** How many mails each booking revision ("id:revision") got. */
  static Map<String, Long> countsByRevision(List<Mail> mails) {
    return mails.stream()
        .collect(
            Collectors.groupingBy(m -> m.bookingId() + ":" + m.revision(), Collectors.counting()));
  }

  static Map<UUID, Mail> byBooking(List<Mail> mails) {
    return mails.stream().collect(Collectors.toMap(Mail::bookingId, Function.identity()));
  }

  private static Mail read(MimeMessage message, UUID bookingId, int revision)
      throws MessagingException, IOException {
    MimeMultipart parts = (MimeMultipart) message.getContent();
    String text = parts.getBodyPart(0).getContent().toString();
    BodyPart invite = parts.getBodyPart(1);
    if (!"invite.ics".equals(invite.getFileName())) {
      throw new AssertionError("second part is not invite.ics but " + invite.getFileName());
    }
    ICalendar ical;
    try (InputStream in = invite.getInputStream()) {
      ical = Biweekly.parse(in).first();
    }
    VEvent event = ical.getEvents().get(0);
    return new Mail(
        bookingId,
        revision,
        message.getAllRecipients()[0].toString(),
        message.getSubject(),
        text,
        ical.getMethod().getValue(),
        event.getDateStart().getValue().toInstant(),
        event.getDateEnd().getValue().toInstant(),
        event.getStatus().getValue());
  }
}
