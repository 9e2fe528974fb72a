package com.metalogics.booking.core.port.out;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Sends one signed webhook request. Never throws for what the receiver or the network does: every
 * outcome is a {@link Result}, so each attempt can be logged with its status and latency.
 */
public interface WebhookTransport {

  /** How long a receiver may take to answer before the attempt counts as timed out. */
  Duration TIMEOUT = Duration.ofSeconds(10);

  Result post(URI url, Map<String, String> headers, String body);

  /**
   * @param statusCode the receiver's status; absent when no answer came
   * @param problem why no answer came, or why the answer is not a success, in words without
   *     personal data ({@code "timed out after 10 s"}, {@code "target address not allowed"})
   */
  record Result(OptionalInt statusCode, Duration latency, Optional<String> problem) {

    public Result {
      Objects.requireNonNull(statusCode, "statusCode");
      Objects.requireNonNull(latency, "latency");
      Objects.requireNonNull(problem, "problem");
    }

    public static Result answered(int statusCode, Duration latency) {
      return new Result(
          OptionalInt.of(statusCode),
          latency,
          statusCode / 100 == 2 ? Optional.empty() : Optional.of("HTTP " + statusCode));
    }

    public static Result failed(String problem, Duration latency) {
      return new Result(OptionalInt.empty(), latency, Optional.of(problem));
    }

    public boolean delivered() {
      return problem.isEmpty();
    }
  }
}
