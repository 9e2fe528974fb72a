package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.ReminderChannel;
import java.util.Optional;

/**
 * Sends the attendee's reminders of one channel. Implementations may throw any runtime exception on
 * failure (the reminder is retried), or {@link Refused} when this message can never be sent.
 */
public interface ReminderSender {

  ReminderChannel channel();

  /**
   * Sends the reminder.
   *
   * @return what the remote side calls the message (Message-ID, message SID)
   */
  String send(ReminderMessage message);

  /**
   * The remote reference of a message sent earlier under {@code message.key()}: asked before every
   * send, as an earlier attempt may have gone out without its outcome being stored. Empty when none
   * is found, or when the channel cannot tell (then its key must make the receiving side drop a
   * repeat, as a Message-ID does).
   */
  default Optional<String> findSent(ReminderMessage message) {
    return Optional.empty();
  }

  default boolean enabled() {
    return true;
  }

  /** The remote side refused this message for good (an unknown number): it is not retried. */
  final class Refused extends RuntimeException {
    public Refused(String message) {
      super(message);
    }
  }
}
