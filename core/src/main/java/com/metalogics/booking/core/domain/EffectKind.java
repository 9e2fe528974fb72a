package com.metalogics.booking.core.domain;

import java.util.Optional;

/** What an effect does; each kind has one handler. */
public enum EffectKind {
  /** Creates, moves or deletes the booking's event in the owner's calendar. */
  CALENDAR(true),
  /** Upserts the attendee's CRM contact, adds the revision's note and records the status. */
  CRM(true),
  /**
   * Mails the attendee the confirmation, reschedule or cancellation of one revision; after the
   * revision's calendar effect, as the mail says whether the calendar shows the meeting.
   */
  ATTENDEE_MAIL(true),
  /** Tells the admin that a booking's effect gave up. */
  ADMIN_ALERT(false),
  /** Delivers one event to one webhook subscription (target: the subscription id). */
  WEBHOOK(false),
  /**
   * Reminds the attendee by e-mail before the start (target: the offset in minutes); a reschedule
   * replaces it by the new revision's, a cancel drops it.
   */
  REMINDER_EMAIL(true),
  /** Reminds the attendee by SMS before the start (target: the offset in minutes). */
  REMINDER_SMS(true);

  private final boolean revisionScoped;

  EffectKind(boolean revisionScoped) {
    this.revisionScoped = revisionScoped;
  }

  /** The reminder kind of {@code channel}. */
  public static EffectKind reminder(ReminderChannel channel) {
    return switch (channel) {
      case EMAIL -> REMINDER_EMAIL;
      case SMS -> REMINDER_SMS;
    };
  }

  /**
   * The kind whose effect of the same booking revision must have been tried first: while that one
   * is due, this one is not claimed. Empty for most kinds.
   */
  public Optional<EffectKind> after() {
    return this == ATTENDEE_MAIL ? Optional.of(CALENDAR) : Optional.empty();
  }

  /**
   * True when only the booking's newest revision matters: a newer revision's effect of the same
   * kind serves the older one, so the older one's pending effect is cancelled. Webhook events and
   * alerts are each worth delivering on their own.
   */
  public boolean revisionScoped() {
    return revisionScoped;
  }
}
