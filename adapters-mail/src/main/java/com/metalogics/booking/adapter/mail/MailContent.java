package com.metalogics.booking.adapter.mail;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.port.out.AdminAlert;
import com.metalogics.booking.core.port.out.AttendeeNotification;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** Subjects and plain-text bodies of the mails; times in the attendee's own zone. */
final class MailContent {

  static final String TITLE = "Meeting with Metalogics";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
          .withLocale(Locale.ENGLISH);

  private MailContent() {}

  static String subject(AttendeeNotification n) {
    String when = when(n.booking());
    return switch (n.kind()) {
      case CONFIRMATION -> "Confirmed: " + TITLE + " on " + when;
      case RESCHEDULE -> "Rescheduled: " + TITLE + " now on " + when;
      case CANCELLATION -> "Cancelled: " + TITLE + " on " + when;
    };
  }

  static String body(AttendeeNotification n, String manageUrl) {
    Booking b = n.booking();
    StringBuilder text = new StringBuilder();
    text.append("Hello ").append(b.attendee().name()).append(",\n\n");
    String meeting = n.hostNames().isEmpty() ? "" : " with " + names(n.hostNames());
    switch (n.kind()) {
      case CONFIRMATION -> text.append("your meeting").append(meeting).append(" is booked.\n\n");
      case RESCHEDULE -> text.append("your meeting").append(meeting).append(" has been moved.\n\n");
      case CANCELLATION ->
          text.append("your meeting").append(meeting).append(" has been cancelled.\n\n");
    }
    if (!n.hostNames().isEmpty()) {
      text.append("With: ").append(names(n.hostNames())).append("\n");
    }
    text.append("When: ")
        .append(when(b))
        .append(" (")
        .append(b.attendee().timeZone())
        .append(")\n");
    text.append("Duration: ").append(b.duration().toMinutes()).append(" minutes\n\n");
    if (n.kind() != AttendeeNotification.Kind.CANCELLATION) {
      text.append("To cancel or reschedule, open:\n").append(manageUrl).append("\n\n");
      if (!n.calendarWritten()) {
        text.append(manualCalendarInstructions());
      }
    }
    text.append("The attached invitation (invite.ics) ")
        .append(
            n.kind() == AttendeeNotification.Kind.CANCELLATION
                ? "removes the meeting from your calendar.\n"
                : "adds the meeting to your calendar.\n");
    return text.toString();
  }

  /** The seed's manual calendar instructions, for when the owner's calendar was not written. */
  static String manualCalendarInstructions() {
    return "We could not add this meeting to our calendar automatically yet; we will do so"
        + " shortly. To be sure it is in yours, open the attached invite.ics (or import it in"
        + " Google Calendar: Settings > Import & export; in Outlook: File > Open & Export >"
        + " Import/Export).\n\n";
  }

  /** A booking that gave up and an integration that is down read differently at a glance. */
  static String alertSubject(AdminAlert alert) {
    if (alert instanceof AdminAlert.IntegrationDown down) {
      return "Integration down: " + String.join(", ", down.integrations());
    }
    if (alert instanceof AdminAlert.WebhookFailing failing) {
      return "Webhook deliveries to " + failing.host() + " are failing";
    }
    if (alert instanceof AdminAlert.BookingConflicted conflicted) {
      return "Booking " + conflicted.booking().id() + " conflicts with a calendar event";
    }
    if (alert instanceof AdminAlert.BookingReassigned reassigned) {
      return "Booking " + reassigned.booking().id() + " was reassigned over a calendar event";
    }
    if (alert instanceof AdminAlert.CalendarEventDeleted deleted) {
      return "The calendar event of booking " + deleted.booking().id() + " was deleted";
    }
    return "Booking " + ((AdminAlert.BookingGaveUp) alert).booking().id() + " needs manual sync";
  }

  static String alertBody(AdminAlert alert) {
    if (alert instanceof AdminAlert.IntegrationDown down) {
      return integrationDownBody(down);
    }
    if (alert instanceof AdminAlert.WebhookFailing failing) {
      return webhookFailingBody(failing);
    }
    if (alert instanceof AdminAlert.BookingConflicted conflicted) {
      return CalendarAlertText.conflicted(conflicted);
    }
    if (alert instanceof AdminAlert.BookingReassigned reassigned) {
      return CalendarAlertText.reassigned(reassigned);
    }
    if (alert instanceof AdminAlert.CalendarEventDeleted deleted) {
      return CalendarAlertText.deleted(deleted);
    }
    return gaveUpBody((AdminAlert.BookingGaveUp) alert);
  }

  private static String integrationDownBody(AdminAlert.IntegrationDown down) {
    return "An integration is down: "
        + String.join(" and ", down.integrations())
        + " failed for the bookings changed lately.\n\nBookings affected (waiting for it): "
        + down.bookingsAffected()
        + "\nProblem: "
        + down.problem()
        + "\n\nNothing is lost: the sync worker retries every booking once it is back. This"
        + " alert is sent at most every 15 minutes.\n";
  }

  private static String webhookFailingBody(AdminAlert.WebhookFailing failing) {
    return "Webhook deliveries to "
        + failing.host()
        + " have failed since "
        + failing.failingSince()
        + ", and one event has now failed for a day and is given up.\n\nSubscription: "
        + failing.subscriptionId()
        + "\nLast problem: "
        + failing.problem()
        + "\n\nThe failed deliveries stay listed on the admin page (Webhooks), where each can"
        + " be sent again with its event id once the receiver works. After 3 days without a"
        + " success the subscription is paused; saving it resumes it. This alert is sent once"
        + " per run of failures.\n";
  }

  private static String gaveUpBody(AdminAlert.BookingGaveUp gaveUp) {
    Booking b = gaveUp.booking();
    return "A booking gave up: one of its effects failed on every attempt.\n\n"
        + "Booking: "
        + b.id()
        + "\nStart: "
        + b.startTime()
        + "\nStatus: "
        + b.status()
        + "\nEffect: "
        + gaveUp.kind()
        + "\nAttempts: "
        + gaveUp.attempts()
        + "\nCalendar: "
        + b.sync().calendar()
        + "\nCRM: "
        + b.sync().crm()
        + "\nProblem: "
        + gaveUp.problem()
        + "\n\nThe worker has stopped retrying it; retry it from the admin page"
        + " (sync the booking, or retry the effect).\n";
  }

  /** "Ada", "Ada and Grace", "Ada, Grace and Lin". */
  static String names(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  private static String when(Booking b) {
    return WHEN.format(b.startTime().atZone(b.attendee().timeZone()));
  }
}
