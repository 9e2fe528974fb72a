package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.port.out.AdminAlert;
import com.metalogics.booking.core.port.out.AttendeeNotification;
import com.metalogics.booking.core.port.out.Notifier;
import java.util.ArrayList;
import java.util.List;

/** Keeps every mail it is asked to send; fails or hangs on request via {@link #failures()}. */
public final class RecordingNotifier implements Notifier {

  private final List<AttendeeNotification> sent = new ArrayList<>();
  private final List<AdminAlert> alerts = new ArrayList<>();
  private final FailureSwitch failures = new FailureSwitch();

  public FailureSwitch failures() {
    return failures;
  }

  @Override
  public void notifyAttendee(AttendeeNotification notification) {
    failures.check();
    synchronized (this) {
      sent.add(notification);
    }
  }

  @Override
  public void alertAdmin(AdminAlert alert) {
    failures.check();
    synchronized (this) {
      alerts.add(alert);
    }
  }

  public synchronized List<AttendeeNotification> sent() {
    return List.copyOf(sent);
  }

  public synchronized List<AdminAlert> alerts() {
    return List.copyOf(alerts);
  }
}
