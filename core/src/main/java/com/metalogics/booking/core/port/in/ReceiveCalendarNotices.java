package com.metalogics.booking.core.port.in;

/**
 * Takes the calendar's push notifications. Answers at once: the sync a notification asks for runs
 * afterwards, once per calendar however many notifications arrive meanwhile, so duplicates, replays
 * and out-of-order message numbers change nothing.
 */
public interface ReceiveCalendarNotices {

  /** What became of a notification. */
  enum Outcome {
    /** A sync of the channel's calendar is scheduled (or the notification needed none). */
    ACCEPTED,
    /** No such channel: nothing done. */
    UNKNOWN_CHANNEL,
    /** The channel exists but the token is not its own: nothing done. */
    WRONG_TOKEN
  }

  Outcome receive(CalendarNotice notice);
}
