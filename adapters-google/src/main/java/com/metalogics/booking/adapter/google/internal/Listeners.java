package com.metalogics.booking.adapter.google.internal;

import com.metalogics.booking.adapter.google.GoogleCalendarListener;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells several listeners; one that throws is logged and cannot break a call. */
public final class Listeners implements GoogleCalendarListener {

  private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

  private final List<GoogleCalendarListener> all;

  public Listeners(GoogleCalendarListener... listeners) {
    this.all = List.of(listeners);
  }

  @Override
  public void callSucceeded(String operation) {
    each(l -> l.callSucceeded(operation));
  }

  @Override
  public void callFailed(String operation, FailureKind kind) {
    each(l -> l.callFailed(operation, kind));
  }

  @Override
  public void retried(String operation) {
    each(l -> l.retried(operation));
  }

  @Override
  public void circuitStateChanged(CircuitState from, CircuitState to) {
    each(l -> l.circuitStateChanged(from, to));
  }

  @Override
  public void busyCacheHit() {
    each(GoogleCalendarListener::busyCacheHit);
  }

  @Override
  public void busyCacheMiss() {
    each(GoogleCalendarListener::busyCacheMiss);
  }

  private void each(Consumer<GoogleCalendarListener> event) {
    for (GoogleCalendarListener listener : all) {
      try {
        event.accept(listener);
      } catch (RuntimeException e) {
        LOG.warn("Google Calendar listener {} failed", listener.getClass().getName(), e);
      }
    }
  }
}
