package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.port.out.CalendarChangeBus;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** {@link CalendarChangeBus} within one process: subscribers hear each change at once. */
public final class InProcessChangeBus implements CalendarChangeBus {

  private static final System.Logger LOG = System.getLogger(InProcessChangeBus.class.getName());

  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

  @Override
  public void publish(String calendarId) {
    for (Consumer<String> listener : listeners) {
      try {
        listener.accept(calendarId);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "a calendar change listener failed", e);
      }
    }
  }

  @Override
  public void subscribe(Consumer<String> listener) {
    listeners.add(listener);
  }
}
