package com.metalogics.booking.adapter.jdbi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How {@link JdbiStorage} reaches its database.
 *
 * @param jdbcUrl {@code jdbc:h2:...} or {@code jdbc:postgresql://...}
 * @param user may be empty (H2's default)
 * @param password may be empty
 * @param maxPoolSize most pooled connections
 * @param connectionTimeout how long a request waits for a connection before storage counts as
 *     unavailable; short, so that requests fail fast when the database is down
 */
public record StorageConfig(
    String jdbcUrl, String user, String password, int maxPoolSize, Duration connectionTimeout) {

  public static final int DEFAULT_MAX_POOL_SIZE = 10;
  public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);

  /** HikariCP refuses connection timeouts below this. */
  private static final Duration MIN_CONNECTION_TIMEOUT = Duration.ofMillis(250);

  public StorageConfig {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(connectionTimeout, "connectionTimeout");
    List<String> problems = new ArrayList<>();
    if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
      problems.add("jdbcUrl must start with jdbc:h2: or jdbc:postgresql:");
    }
    if (maxPoolSize < 1) {
      problems.add("maxPoolSize must be at least 1, was " + maxPoolSize);
    }
    if (connectionTimeout.compareTo(MIN_CONNECTION_TIMEOUT) < 0) {
      problems.add("connectionTimeout must be at least 250 ms, was " + connectionTimeout);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  public static StorageConfig of(String jdbcUrl, String user, String password) {
    return new StorageConfig(
        jdbcUrl, user, password, DEFAULT_MAX_POOL_SIZE, DEFAULT_CONNECTION_TIMEOUT);
  }

  public StorageConfig withMaxPoolSize(int size) {
    return new StorageConfig(jdbcUrl, user, password, size, connectionTimeout);
  }

  public StorageConfig withConnectionTimeout(Duration timeout) {
    return new StorageConfig(jdbcUrl, user, password, maxPoolSize, timeout);
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return "StorageConfig[jdbcUrl="
        + jdbcUrl
        + ", user="
        + user
        + ", maxPoolSize="
        + maxPoolSize
        + ", connectionTimeout="
        + connectionTimeout
        + "]";
  }
}
