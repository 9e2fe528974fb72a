package com.metalogics.booking.adapter.mail;

import com.metalogics.booking.core.domain.EmailAddress;
import com.metalogics.booking.core.port.out.AdminAlert;
import com.metalogics.booking.core.port.out.AttendeeNotification;
import com.metalogics.booking.core.port.out.Notifier;
import jakarta.activation.DataHandler;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Notifier} over SMTP. Each attendee mail carries an {@code .ics} invitation and a
 * Message-ID derived from the booking and its revision, so a mail retried after a crash is
 * recognisable as the same message. Failures are thrown; the core keeps the booking and the sync
 * worker retries.
 */
public final class SmtpNotifier implements Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(SmtpNotifier.class);

  private final MailConfig config;
  private final Session session;

  public SmtpNotifier(MailConfig config) {
    this.config = config;
    this.session = session(config);
  }

  @Override
  public void notifyAttendee(AttendeeNotification notification) {
    String manageUrl = manageUrl(notification);
    try {
      MimeMessage message =
          new KeyedMessage(session, messageId(config, "booking", notification.key()));
      message.setFrom(new InternetAddress(config.from()));
      message.setRecipients(
          Message.RecipientType.TO,
          InternetAddress.parse(notification.booking().attendee().email()));
      message.setSubject(MailContent.subject(notification), StandardCharsets.UTF_8.name());
      message.setContent(multipart(notification, manageUrl));
      Transport.send(message);
      LOG.info(
          "Sent {} mail for booking {} to {}",
          notification.kind(),
          notification.booking().id(),
          EmailAddress.mask(notification.booking().attendee().email()));
    } catch (MessagingException e) {
      throw new IllegalStateException("SMTP send failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void alertAdmin(AdminAlert alert) {
    if (config.adminEmail().isEmpty()) {
      LOG.warn("{} (no ADMIN_EMAIL to alert)", MailContent.alertSubject(alert));
      return;
    }
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(config.from()));
      message.setRecipients(
          Message.RecipientType.TO, InternetAddress.parse(config.adminEmail().get()));
      message.setSubject(MailContent.alertSubject(alert), StandardCharsets.UTF_8.name());
      message.setText(MailContent.alertBody(alert), StandardCharsets.UTF_8.name());
      Transport.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("SMTP send failed: " + e.getMessage(), e);
    }
  }

  /** The manage page reads the token from the fragment, which browsers never send to servers. */
  String manageUrl(AttendeeNotification n) {
    String base = config.publicBaseUrl().replaceAll("/+$", "");
    return base + "/manage/" + n.booking().id() + "#token=" + n.manageToken();
  }

  private MimeMultipart multipart(AttendeeNotification n, String manageUrl)
      throws MessagingException {
    MimeBodyPart text = new MimeBodyPart();
    text.setText(MailContent.body(n, manageUrl), StandardCharsets.UTF_8.name());
    String method = n.kind() == AttendeeNotification.Kind.CANCELLATION ? "CANCEL" : "REQUEST";
    String ics = Invitation.of(n.booking(), config.from(), manageUrl, MailContent.TITLE);
    MimeBodyPart invite = new MimeBodyPart();
    invite.setDataHandler(
        new DataHandler(
            new ByteArrayDataSource(
                ics.getBytes(StandardCharsets.UTF_8),
                "text/calendar; charset=UTF-8; method=" + method)));
    invite.setFileName("invite.ics");
    MimeMultipart mixed = new MimeMultipart("mixed");
    mixed.addBodyPart(text);
    mixed.addBodyPart(invite);
    return mixed;
  }

  /** A session for {@code config}'s server; mails of one server may share it. */
  static Session session(MailConfig config) {
    return Session.getInstance(properties(config), authenticator(config));
  }

  /** {@code <prefix.key@domain-of-from>}: the same key makes the same Message-ID. */
  static String messageId(MailConfig config, String prefix, String key) {
    String domain = config.from().substring(config.from().indexOf('@') + 1);
    return "<" + prefix + "." + key.replace(':', '.') + "@" + domain + ">";
  }

  private static Properties properties(MailConfig config) {
    Properties p = new Properties();
    String millis = String.valueOf(config.timeout().toMillis());
    p.put("mail.transport.protocol", "smtp");
    p.put("mail.smtp.host", config.host());
    p.put("mail.smtp.port", String.valueOf(config.port()));
    p.put("mail.smtp.auth", String.valueOf(config.username().isPresent()));
    p.put("mail.smtp.starttls.enable", String.valueOf(config.startTls()));
    p.put("mail.smtp.connectiontimeout", millis);
    p.put("mail.smtp.timeout", millis);
    p.put("mail.smtp.writetimeout", millis);
    return p;
  }

  private static Authenticator authenticator(MailConfig config) {
    if (config.username().isEmpty()) {
      return null;
    }
    String user = config.username().get();
    String password = config.password().orElse("");
    return new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(user, password);
      }
    };
  }
}
