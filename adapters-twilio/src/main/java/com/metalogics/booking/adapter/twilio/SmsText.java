package com.metalogics.booking.adapter.twilio;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.port.out.ReminderMessage;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The text of a reminder SMS: one GSM-7 segment (160 characters), the time in the attendee's zone,
 * a manage URL without the token, and the reminder's reference ({@code Ref 1A2B3C4D5E}), by which a
 * retry finds a message an earlier attempt sent. Characters outside the GSM alphabet are dropped
 * from the title, which is shortened to fit.
 */
final class SmsText {

  static final int MAX_LENGTH = 160;

  private static final int REFERENCE_DIGITS = 10;

  /** The GSM 03.38 basic set without the escape-table characters, which count double. */
  private static final String GSM =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  private SmsText() {}

  /**
   * What identifies the reminder in its text: ten random hex digits of its key. A time-ordered key
   * (UUID version 7) begins with its creation time, which the reminders of one booking, planned
   * together, share: its last ten digits are random. Any other key keeps the first ten, as before
   * those keys existed, so a retry of a reminder planned then still finds its message.
   */
  static String reference(String key) {
    String hex = key.replace("-", "").toUpperCase(Locale.ROOT);
    int length = Math.min(REFERENCE_DIGITS, hex.length());
    String digits =
        isTimeOrdered(hex) ? hex.substring(hex.length() - length) : hex.substring(0, length);
    return "Ref " + digits;
  }

  /** A UUID's hex digits with version 7 in the thirteenth. */
  private static boolean isTimeOrdered(String hex) {
    return hex.length() == 32 && hex.charAt(12) == '7';
  }

  static String of(ReminderMessage m, String publicBaseUrl) {
    Booking b = m.booking();
    String when = WHEN.format(b.startTime().atZone(b.attendee().timeZone()));
    String tail =
        " on "
            + when
            + " ("
            + gsm(b.attendee().timeZone().getId())
            + "). Manage: "
            + publicBaseUrl
            + "/manage/"
            + b.id()
            + " "
            + reference(m.key());
    String head = "Reminder: ";
    String title = gsm(m.eventTitle());
    int room = MAX_LENGTH - head.length() - tail.length();
    if (title.length() > room) {
      title = room > 3 ? title.substring(0, room - 3).stripTrailing() + "..." : "";
    }
    String text = head + title + tail;
    return text.length() <= MAX_LENGTH ? text : withoutLink(head + title, when, m.key());
  }

  /** A long public URL does not fit: the link goes, the reference stays. */
  private static String withoutLink(String head, String when, String key) {
    String text = head + " on " + when + ". " + reference(key);
    return text.length() <= MAX_LENGTH
        ? text
        : "Reminder: meeting on " + when + ". " + reference(key);
  }

  static String gsm(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> c < 0x10000 && GSM.indexOf(c) >= 0 && c != '\n' && c != '\r')
        .forEach(out::appendCodePoint);
    return out.toString().replaceAll(" {2,}", " ").strip();
  }
}
