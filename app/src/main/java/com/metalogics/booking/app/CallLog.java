package com.metalogics.booking.app;

import java.time.Duration;

/** Told of every call to an integration, for the daily integration health of the insights. */
@FunctionalInterface
interface CallLog {

  /** Logs nothing: for ports whose calls are not part of the insights. */
  CallLog NONE = (integration, success, latency) -> {};

  void call(String integration, boolean success, Duration latency);
}
