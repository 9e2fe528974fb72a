package com.metalogics.booking.adapter.mail;

import com.metalogics.booking.core.domain.EmailAddress;
import com.metalogics.booking.core.domain.ReminderChannel;
import com.metalogics.booking.core.port.out.ReminderMessage;
import com.metalogics.booking.core.port.out.ReminderSender;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * E-mail reminders over SMTP: plain text and HTML, with the {@code .ics}. SMTP cannot say whether a
 * message went out before a crash, so every attempt at one reminder carries the same Message-ID
 * ({@code <reminder.KEY@domain>}): mail systems and clients drop a repeat of a Message-ID they
 * hold.
 */
public final class SmtpReminderSender implements ReminderSender {

  private static final Logger LOG = LoggerFactory.getLogger(SmtpReminderSender.class);

  private final MailConfig config;
  private final Session session;

  public SmtpReminderSender(MailConfig config) {
    this.config = config;
    this.session = SmtpNotifier.session(config);
  }

  @Override
  public ReminderChannel channel() {
    return ReminderChannel.EMAIL;
  }

  @Override
  public String send(ReminderMessage reminder) {
    String id = SmtpNotifier.messageId(config, "reminder", reminder.key());
    String manageUrl = manageUrl(reminder);
    try {
      MimeMessage message = new KeyedMessage(session, id);
      message.setFrom(new InternetAddress(config.from()));
      message.setRecipients(
          Message.RecipientType.TO, InternetAddress.parse(reminder.booking().attendee().email()));
      message.setSubject(ReminderMail.subject(reminder), StandardCharsets.UTF_8.name());
      message.setContent(multipart(reminder, manageUrl));
      Transport.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("SMTP send failed: " + e.getMessage(), e);
    }
    LOG.info(
        "Sent reminder {} min before booking {} to {}",
        reminder.reminder().offsetMinutes(),
        reminder.booking().id(),
        EmailAddress.mask(reminder.booking().attendee().email()));
    return id;
  }

  String manageUrl(ReminderMessage m) {
    String base = config.publicBaseUrl().replaceAll("/+$", "");
    return base + "/manage/" + m.booking().id() + "#token=" + m.manageToken();
  }

  private MimeMultipart multipart(ReminderMessage m, String manageUrl) throws MessagingException {
    MimeBodyPart text = new MimeBodyPart();
    text.setText(ReminderMail.text(m, manageUrl), StandardCharsets.UTF_8.name());
    MimeBodyPart html = new MimeBodyPart();
    html.setContent(ReminderMail.html(m, manageUrl), "text/html; charset=UTF-8");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    MimeBodyPart body = new MimeBodyPart();
    body.setContent(alternative);
    String ics = Invitation.of(m.booking(), config.from(), manageUrl, m.eventTitle());
    MimeBodyPart invite = new MimeBodyPart();
    invite.setDataHandler(
        new DataHandler(
            new ByteArrayDataSource(
                ics.getBytes(StandardCharsets.UTF_8),
                "text/calendar; charset=UTF-8; method=REQUEST")));
    invite.setFileName("invite.ics");
    MimeMultipart mixed = new MimeMultipart("mixed");
    mixed.addBodyPart(body);
    mixed.addBodyPart(invite);
    return mixed;
  }
}
