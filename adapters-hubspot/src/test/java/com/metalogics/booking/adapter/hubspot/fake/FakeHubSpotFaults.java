package com.metalogics.booking.adapter.hubspot.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Fault switches of the fake HubSpot: the next matching requests fail in a chosen way. */
final class FakeHubSpotFaults {

  enum Kind {
    /** Answer with the status and HubSpot's error body for it, without doing anything. */
    STATUS,
    /** Do the work, then answer 500: the caller cannot tell whether it happened. */
    AFTER_WRITE,
    /** 429 with a Retry-After header in seconds. */
    RETRY_AFTER,
    /** 429 with only X-HubSpot-RateLimit-Interval-Milliseconds and the policy in the body. */
    INTERVAL
  }

  /**
   * One armed fault; {@code method} and {@code path} may be null for "any"; a path ending in {@code
   * *} matches every path that starts with what precedes it.
   */
  static final class Fault {
    final Kind kind;
    final String method;
    final String path;
    final int status;
    final Duration wait;
    int remaining;

    Fault(Kind kind, String method, String path, int times, int status, Duration wait) {
      this.kind = kind;
      this.method = method;
      this.path = path;
      this.remaining = times;
      this.status = status;
      this.wait = wait;
    }

    boolean matches(String requestMethod, String requestPath) {
      return remaining > 0
          && (method == null || method.equals(requestMethod))
          && (path == null
              || path.equals(requestPath)
              || path.endsWith("*")
                  && requestPath.startsWith(path.substring(0, path.length() - 1)));
    }
  }

  private final List<Fault> armed = new ArrayList<>();
  private Duration slowness = Duration.ZERO;

  synchronized void arm(Fault fault) {
    armed.add(fault);
  }

  synchronized void clear() {
    armed.clear();
    slowness = Duration.ZERO;
  }

  synchronized void slowness(Duration delay) {
    slowness = delay;
  }

  synchronized Duration slowness() {
    return slowness;
  }

  /** The first armed fault for this request, used up by one. */
  synchronized Optional<Fault> take(String method, String path) {
    for (Fault fault : armed) {
      if (fault.matches(method, path)) {
        fault.remaining--;
        return Optional.of(fault);
      }
    }
    return Optional.empty();
  }
}
