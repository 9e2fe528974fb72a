package com.metalogics.booking.adapter.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * SMTP settings. {@link #toString()} never shows the password.
 *
 * @param adminEmail where sync-failure alerts go; empty means alerts are only logged
 * @param publicBaseUrl the base of manage links, e.g. {@code https://book.example.com}
 * @param startTls upgrade the connection with STARTTLS when the server offers it
 */
public record MailConfig(
    String host,
    int port,
    Optional<String> username,
    Optional<String> password,
    String from,
    Optional<String> adminEmail,
    String publicBaseUrl,
    boolean startTls,
    Duration timeout) {

  public MailConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(adminEmail, "adminEmail");
    Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    Objects.requireNonNull(timeout, "timeout");
  }

  /** Every problem with the settings, for start-up validation. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (host.isBlank()) {
      problems.add("SMTP_HOST must not be blank");
    }
    if (port < 1 || port > 65_535) {
      problems.add("SMTP_PORT must be 1..65535, was " + port);
    }
    if (!from.contains("@")) {
      problems.add("SMTP_FROM must be an e-mail address");
    }
    if (username.isPresent() != password.isPresent()) {
      problems.add("SMTP_USERNAME and SMTP_PASSWORD must be set together");
    }
    if (!publicBaseUrl.startsWith("http://") && !publicBaseUrl.startsWith("https://")) {
      problems.add("PUBLIC_BASE_URL must start with http:// or https://");
    }
    return problems;
  }

  @Override
  public String toString() {
    return "MailConfig[host=" + host + ", port=" + port + ", auth=" + username.isPresent() + "]";
  }
}
