package com.metalogics.booking.adapter.mail;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.port.out.ReminderMessage;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The reminder's subject and its plain-text and HTML bodies; times in the attendee's own zone. */
final class ReminderMail {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
          .withLocale(Locale.ENGLISH);

  private ReminderMail() {}

  static String subject(ReminderMessage m) {
    return "Reminder: " + m.eventTitle() + " on " + when(m.booking());
  }

  static String text(ReminderMessage m, String manageUrl) {
    Booking b = m.booking();
    StringBuilder text = new StringBuilder();
    text.append("Hello ").append(b.attendee().name()).append(",\n\n");
    text.append("this is a reminder of your meeting.\n\n");
    text.append("What: ").append(m.eventTitle()).append('\n');
    text.append("When: ")
        .append(when(b))
        .append(" (")
        .append(b.attendee().timeZone())
        .append(")\n");
    text.append("Duration: ").append(b.duration().toMinutes()).append(" minutes\n");
    text.append("With: ").append(m.hostName()).append('\n');
    if (!m.location().isBlank()) {
      text.append("Where: ").append(m.location()).append('\n');
    }
    text.append("\nTo cancel or reschedule, open:\n").append(manageUrl).append("\n\n");
    text.append("The attached invitation (invite.ics) keeps the meeting in your calendar.\n");
    return text.toString();
  }

  static String html(ReminderMessage m, String manageUrl) {
    Booking b = m.booking();
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");
    html.append("<p>Hello ").append(escape(b.attendee().name())).append(",</p>");
    html.append("<p>this is a reminder of your meeting.</p><table>");
    row(html, "What", m.eventTitle());
    row(html, "When", when(b) + " (" + b.attendee().timeZone() + ")");
    row(html, "Duration", b.duration().toMinutes() + " minutes");
    row(html, "With", m.hostName());
    if (!m.location().isBlank()) {
      row(html, "Where", m.location());
    }
    html.append("</table><p><a href=\"")
        .append(escape(manageUrl))
        .append("\">Cancel or reschedule</a></p>");
    html.append("<p>The attached invitation (invite.ics) keeps the meeting in your calendar.</p>");
    return html.append("</body></html>").toString();
  }

  private static void row(StringBuilder html, String label, String value) {
    html.append("<tr><th align=\"left\">")
        .append(label)
        .append("</th><td>")
        .append(escape(value))
        .append("</td></tr>");
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String when(Booking b) {
    return WHEN.format(b.startTime().atZone(b.attendee().timeZone()));
  }
}
