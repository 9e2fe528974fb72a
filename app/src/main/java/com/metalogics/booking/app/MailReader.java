package com.metalogics.booking.app;

import java.time.Duration;
import java.util.Optional;

/** The SMTP section: mail is on exactly when {@code SMTP_HOST} is set. */
final class MailReader {

  private MailReader() {}

  static Optional<AppConfig.Mail> read(EnvReader env) {
    Optional<String> host = env.optional("SMTP_HOST");
    if (host.isEmpty()) {
      return Optional.empty();
    }
    int port = env.integer("SMTP_PORT", 587, 1, 65_535);
    Optional<String> username = env.optional("SMTP_USERNAME");
    Optional<String> password = env.optional("SMTP_PASSWORD");
    if (username.isPresent() != password.isPresent()) {
      env.problem("SMTP_USERNAME and SMTP_PASSWORD: set both or neither");
    }
    Optional<String> from = env.optional("SMTP_FROM");
    if (from.isEmpty()) {
      env.problem("SMTP_FROM: required when SMTP_HOST is set");
    } else if (!looksLikeAddress(from.get())) {
      env.problem("SMTP_FROM: must be an e-mail address");
    }
    Optional<String> adminEmail = env.optional("ADMIN_EMAIL");
    if (adminEmail.isPresent() && !looksLikeAddress(adminEmail.get())) {
      env.problem("ADMIN_EMAIL: must be an e-mail address");
    }
    return Optional.of(
        new AppConfig.Mail(
            host.get(),
            port,
            username,
            password,
            from.orElse(""),
            adminEmail,
            env.flag("SMTP_STARTTLS", true),
            Duration.ofMillis(env.integer("SMTP_TIMEOUT_MS", 10_000, 1, 120_000))));
  }

  /** Accepts "a@b.c" and "Name <a@b.c>"; the mail adapter does the full parse. */
  private static boolean looksLikeAddress(String value) {
    return value.matches("(.*<)?[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+>?");
  }
}
