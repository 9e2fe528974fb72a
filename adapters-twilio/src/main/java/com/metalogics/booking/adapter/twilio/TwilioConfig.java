package com.metalogics.booking.adapter.twilio;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Twilio settings. Calls authenticate with the account SID and auth token, or with an API key and
 * its secret; messages go out from a number or through a Messaging Service. {@link #toString()}
 * never shows a secret. Built by {@link #builder()}, which reports every problem at once.
 */
public final class TwilioConfig {

  private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");
  private static final Pattern API_KEY = Pattern.compile("SK[0-9a-fA-F]{32}");
  private static final Pattern SERVICE_SID = Pattern.compile("MG[0-9a-fA-F]{32}");
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

  private final String accountSid;
  private final String username;
  private final String secret;
  private final Optional<String> from;
  private final Optional<String> messagingServiceSid;
  private final URI baseUrl;
  private final String publicBaseUrl;
  private final int maxAttempts;
  private final Duration retryDelay;
  private final Duration callTimeout;
  private final int circuitFailureThreshold;
  private final Duration circuitResetTimeout;

  private TwilioConfig(Builder b) {
    accountSid = b.accountSid;
    username = b.apiKey.orElse(b.accountSid);
    secret = b.apiKey.isPresent() ? b.apiSecret.orElse("") : b.authToken.orElse("");
    from = b.from;
    messagingServiceSid = b.messagingServiceSid;
    baseUrl = b.baseUrl;
    publicBaseUrl = b.publicBaseUrl.replaceAll("/+$", "");
    maxAttempts = b.maxAttempts;
    retryDelay = b.retryDelay;
    callTimeout = b.callTimeout;
    circuitFailureThreshold = b.circuitFailureThreshold;
    circuitResetTimeout = b.circuitResetTimeout;
  }

  /**
   * A builder with the defaults: Twilio's own server, 3 attempts from 1 s backoff, 10 s per call, a
   * circuit opening after 5 failures for 30 s.
   */
  public static Builder builder() {
    return new Builder();
  }

  public String accountSid() {
    return accountSid;
  }

  /** The basic-auth user: the API key when one is set, else the account SID. */
  public String username() {
    return username;
  }

  /** The basic-auth password: the API secret or the auth token. Never log it. */
  public String secret() {
    return secret;
  }

  public Optional<String> from() {
    return from;
  }

  public Optional<String> messagingServiceSid() {
    return messagingServiceSid;
  }

  public URI baseUrl() {
    return baseUrl;
  }

  /** The service's public address, for the short manage URL an SMS carries (without token). */
  public String publicBaseUrl() {
    return publicBaseUrl;
  }

  /** Attempts of one call, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration retryDelay() {
    return retryDelay;
  }

  public Duration callTimeout() {
    return callTimeout;
  }

  public int circuitFailureThreshold() {
    return circuitFailureThreshold;
  }

  public Duration circuitResetTimeout() {
    return circuitResetTimeout;
  }

  @Override
  public String toString() {
    return "TwilioConfig[accountSid="
        + accountSid
        + ", apiKey="
        + !username.equals(accountSid)
        + ", sender="
        + (messagingServiceSid.isPresent() ? "messaging service" : "number")
        + ", baseUrl="
        + baseUrl
        + "]";
  }

  /** Collects the settings; {@link #build()} reports every missing or bad one at once. */
  public static final class Builder {
    private String accountSid = "";
    private Optional<String> authToken = Optional.empty();
    private Optional<String> apiKey = Optional.empty();
    private Optional<String> apiSecret = Optional.empty();
    private Optional<String> from = Optional.empty();
    private Optional<String> messagingServiceSid = Optional.empty();
    private URI baseUrl = URI.create("https://api.twilio.com");
    private String publicBaseUrl = "";
    private int maxAttempts = 3;
    private Duration retryDelay = Duration.ofSeconds(1);
    private Duration callTimeout = Duration.ofSeconds(10);
    private int circuitFailureThreshold = 5;
    private Duration circuitResetTimeout = Duration.ofSeconds(30);

    private Builder() {}

    public Builder accountSid(String sid) {
      this.accountSid = Objects.requireNonNull(sid, "accountSid");
      return this;
    }

    public Builder authToken(Optional<String> token) {
      this.authToken = Objects.requireNonNull(token, "authToken");
      return this;
    }

    public Builder apiKey(Optional<String> key, Optional<String> secret) {
      this.apiKey = Objects.requireNonNull(key, "apiKey");
      this.apiSecret = Objects.requireNonNull(secret, "apiSecret");
      return this;
    }

    public Builder from(Optional<String> number) {
      this.from = Objects.requireNonNull(number, "from");
      return this;
    }

    public Builder messagingServiceSid(Optional<String> sid) {
      this.messagingServiceSid = Objects.requireNonNull(sid, "messagingServiceSid");
      return this;
    }

    public Builder baseUrl(URI url) {
      this.baseUrl = Objects.requireNonNull(url, "baseUrl");
      return this;
    }

    public Builder publicBaseUrl(String url) {
      this.publicBaseUrl = Objects.requireNonNull(url, "publicBaseUrl");
      return this;
    }

    public Builder maxAttempts(int attempts) {
      this.maxAttempts = attempts;
      return this;
    }

    public Builder retryDelay(Duration delay) {
      this.retryDelay = Objects.requireNonNull(delay, "retryDelay");
      return this;
    }

    public Builder callTimeout(Duration timeout) {
      this.callTimeout = Objects.requireNonNull(timeout, "callTimeout");
      return this;
    }

    public Builder circuit(int failureThreshold, Duration resetTimeout) {
      this.circuitFailureThreshold = failureThreshold;
      this.circuitResetTimeout = Objects.requireNonNull(resetTimeout, "circuitResetTimeout");
      return this;
    }

    /** Every problem, named by its environment variable. */
    public List<String> problems() {
      List<String> problems = new ArrayList<>();
      if (!ACCOUNT_SID.matcher(accountSid).matches()) {
        problems.add("TWILIO_ACCOUNT_SID must be AC followed by 32 hex digits");
      }
      if (apiKey.isPresent()) {
        if (!API_KEY.matcher(apiKey.get()).matches()) {
          problems.add("TWILIO_API_KEY must be SK followed by 32 hex digits");
        }
        if (apiSecret.filter(s -> !s.isBlank()).isEmpty()) {
          problems.add("TWILIO_API_SECRET is required with TWILIO_API_KEY");
        }
      } else if (authToken.filter(s -> !s.isBlank()).isEmpty()) {
        problems.add("TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET) is required");
      }
      if (from.isPresent() == messagingServiceSid.isPresent()) {
        problems.add("set exactly one of TWILIO_FROM and TWILIO_MESSAGING_SERVICE_SID");
      }
      from.filter(f -> !E164.matcher(f).matches())
          .ifPresent(
              f -> problems.add("TWILIO_FROM must be a number in E.164 form (+15551234567)"));
      messagingServiceSid
          .filter(s -> !SERVICE_SID.matcher(s).matches())
          .ifPresent(
              s -> problems.add("TWILIO_MESSAGING_SERVICE_SID must be MG and 32 hex digits"));
      String scheme = Optional.ofNullable(baseUrl.getScheme()).orElse("");
      if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
        problems.add("TWILIO_BASE_URL must be an http(s) URL");
      }
      if (!publicBaseUrl.startsWith("http://") && !publicBaseUrl.startsWith("https://")) {
        problems.add("PUBLIC_BASE_URL must start with http:// or https://");
      }
      checkResilience(problems);
      return problems;
    }

    private void checkResilience(List<String> problems) {
      if (maxAttempts < 1 || maxAttempts > 10) {
        problems.add("maxAttempts must be 1..10");
      }
      if (retryDelay.isNegative() || retryDelay.isZero()) {
        problems.add("retryDelay must be positive");
      }
      if (callTimeout.isNegative() || callTimeout.isZero()) {
        problems.add("callTimeout must be positive");
      }
      if (circuitFailureThreshold < 1) {
        problems.add("circuitFailureThreshold must be at least 1");
      }
      if (circuitResetTimeout.isNegative() || circuitResetTimeout.isZero()) {
        problems.add("circuitResetTimeout must be positive");
      }
    }

    public TwilioConfig build() {
      List<String> problems = problems();
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("Twilio: " + String.join("; ", problems));
      }
      return new TwilioConfig(this);
    }
  }
}
