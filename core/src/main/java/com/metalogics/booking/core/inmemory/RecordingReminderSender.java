package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.domain.ReminderChannel;
import com.metalogics.booking.core.port.out.ReminderMessage;
import com.metalogics.booking.core.port.out.ReminderSender;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps every reminder it is asked to send, and finds them again by key as a provider's message
 * list does; fails or hangs on request via {@link #failures()}.
 */
public final class RecordingReminderSender implements ReminderSender {

  private final ReminderChannel channel;
  private final List<ReminderMessage> sent = new ArrayList<>();
  private final FailureSwitch failures = new FailureSwitch();

  public RecordingReminderSender(ReminderChannel channel) {
    this.channel = channel;
  }

  public FailureSwitch failures() {
    return failures;
  }

  @Override
  public ReminderChannel channel() {
    return channel;
  }

  @Override
  public String send(ReminderMessage message) {
    failures.check();
    synchronized (this) {
      sent.add(message);
      return channel + "-" + sent.size();
    }
  }

  @Override
  public Optional<String> findSent(ReminderMessage message) {
    failures.check();
    synchronized (this) {
      for (int i = 0; i < sent.size(); i++) {
        if (sent.get(i).key().equals(message.key())) {
          return Optional.of(channel + "-" + (i + 1));
        }
      }
      return Optional.empty();
    }
  }

  public synchronized List<ReminderMessage> sent() {
    return List.copyOf(sent);
  }
}
