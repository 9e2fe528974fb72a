package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.VersionConflictException;
import com.metalogics.booking.core.domain.WebhookEvent;
import com.metalogics.booking.core.domain.WebhookSubscription;
import com.metalogics.booking.core.port.out.DeliveryAttempt;
import com.metalogics.booking.core.port.out.Stored;
import com.metalogics.booking.core.port.out.WebhookSubscriptionRepository;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Webhook subscriptions and their attempt log in {@code webhook_subscriptions} and attempts. */
public final class JdbiWebhookSubscriptions implements WebhookSubscriptionRepository {

  private static final String KIND = "webhook";
  private static final String COLUMNS =
      "id, url, events, secret, active, failing_since, paused_at, created_at, version";

  private final Jdbi jdbi;

  public JdbiWebhookSubscriptions(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<Stored<WebhookSubscription>> subscriptions() {
    return Storage.withHandle(
        jdbi,
        h ->
            h.createQuery(
                    "SELECT " + COLUMNS + " FROM webhook_subscriptions ORDER BY created_at, id")
                .define(SqlErrors.STATEMENT_NAME, "list webhook subscriptions")
                .map((rs, ctx) -> subscription(rs))
                .list());
  }

  @Override
  public Optional<Stored<WebhookSubscription>> subscription(UUID id) {
    return Storage.withHandle(jdbi, h -> find(h, id));
  }

  @Override
  public Stored<WebhookSubscription> save(
      WebhookSubscription subscription, OptionalLong expectedVersion) {
    Objects.requireNonNull(subscription, "subscription");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    long version =
        Storage.inTransaction(
            jdbi,
            h ->
                expectedVersion.isEmpty()
                    ? insert(h, subscription)
                    : replace(h, subscription, expectedVersion.getAsLong()));
    return new Stored<>(subscription, version);
  }

  private static long insert(Handle handle, WebhookSubscription s) {
    Optional<Stored<WebhookSubscription>> stored = find(handle, s.id());
    if (stored.isPresent()) {
      throw conflict(s.id(), OptionalLong.of(stored.get().version()));
    }
    handle
        .createUpdate(
            "INSERT INTO webhook_subscriptions ("
                + COLUMNS
                + ") VALUES (:id, :url, :events, :secret, :active, :failingSince, :pausedAt,"
                + " :createdAt, 1)")
        .define(SqlErrors.STATEMENT_NAME, "insert webhook subscription")
        .bindMap(values(s))
        .execute();
    return 1;
  }

  private static long replace(Handle handle, WebhookSubscription s, long expected) {
    Map<String, Object> values = values(s);
    values.put("expected", expected);
    int updated =
        handle
            .createUpdate(
                "UPDATE webhook_subscriptions SET url = :url, events = :events, secret = :secret,"
                    + " active = :active, failing_since = :failingSince, paused_at = :pausedAt,"
                    + " created_at = :createdAt, version = version + 1"
                    + " WHERE id = :id AND version = :expected")
            .define(SqlErrors.STATEMENT_NAME, "replace webhook subscription")
            .bindMap(values)
            .execute();
    if (updated != 1) {
      throw conflict(
          s.id(),
          find(handle, s.id())
              .map(stored -> OptionalLong.of(stored.version()))
              .orElse(OptionalLong.empty()));
    }
    return expected + 1;
  }

  @Override
  public void recordHealth(UUID id, Optional<Instant> failingSince, Optional<Instant> pausedAt) {
    Storage.withHandle(
        jdbi,
        h ->
            h.createUpdate(
                    "UPDATE webhook_subscriptions SET failing_since = :failingSince,"
                        + " paused_at = :pausedAt WHERE id = :id")
                .define(SqlErrors.STATEMENT_NAME, "record webhook health")
                .bind("id", id)
                .bind("failingSince", failingSince.orElse(null))
                .bind("pausedAt", pausedAt.orElse(null))
                .execute());
  }

  @Override
  public boolean delete(UUID id) {
    return Storage.withHandle(
            jdbi,
            h ->
                h.createUpdate("DELETE FROM webhook_subscriptions WHERE id = :id")
                    .define(SqlErrors.STATEMENT_NAME, "delete webhook subscription")
                    .bind("id", id)
                    .execute())
        == 1;
  }

  @Override
  public void recordAttempt(DeliveryAttempt attempt) {
    Storage.withHandle(
        jdbi,
        h ->
            h.createUpdate(
                    "INSERT INTO webhook_attempts (event_id, subscription_id, attempted_at,"
                        + " status_code, latency_ms, error) VALUES (:eventId, :subscriptionId,"
                        + " :attemptedAt, :statusCode, :latencyMs, :error)")
                .define(SqlErrors.STATEMENT_NAME, "insert webhook attempt")
                .bind("eventId", attempt.eventId())
                .bind("subscriptionId", attempt.subscriptionId())
                .bind("attemptedAt", attempt.attemptedAt())
                .bind(
                    "statusCode",
                    attempt.statusCode().isPresent() ? attempt.statusCode().getAsInt() : null)
                .bind("latencyMs", attempt.latency().toMillis())
                .bind("error", attempt.error().orElse(null))
                .execute());
  }

  @Override
  public List<DeliveryAttempt> attempts(UUID eventId, int limit) {
    return Storage.withHandle(
        jdbi,
        h ->
            h.createQuery(
                    "SELECT * FROM webhook_attempts WHERE event_id = :eventId"
                        + " ORDER BY id DESC LIMIT :limit")
                .define(SqlErrors.STATEMENT_NAME, "list webhook attempts")
                .bind("eventId", eventId)
                .bind("limit", limit)
                .map((rs, ctx) -> attempt(rs))
                .list());
  }

  @Override
  public Map<UUID, DeliveryAttempt> lastAttempts(List<UUID> eventIds) {
    if (eventIds.isEmpty()) {
      return Map.of();
    }
    // One placeholder per id: the SQL here is plain, without Jdbi's list templates.
    String placeholders =
        IntStream.range(0, eventIds.size())
            .mapToObj(i -> ":id" + i)
            .collect(Collectors.joining(", "));
    return Storage.withHandle(
        jdbi,
        h -> {
          var query =
              h.createQuery(
                      "SELECT a.* FROM webhook_attempts a WHERE a.event_id IN ("
                          + placeholders
                          + ") AND a.id = (SELECT MAX(b.id) FROM webhook_attempts b"
                          + " WHERE b.event_id = a.event_id)")
                  .define(SqlErrors.STATEMENT_NAME, "last webhook attempts");
          for (int i = 0; i < eventIds.size(); i++) {
            query.bind("id" + i, eventIds.get(i));
          }
          return query
              .map((rs, ctx) -> attempt(rs))
              .collect(
                  Collectors.toMap(DeliveryAttempt::eventId, a -> a, (a, b) -> a, HashMap::new));
        });
  }

  private static Optional<Stored<WebhookSubscription>> find(Handle handle, UUID id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM webhook_subscriptions WHERE id = :id")
        .define(SqlErrors.STATEMENT_NAME, "find webhook subscription")
        .bind("id", id)
        .map((rs, ctx) -> subscription(rs))
        .findOne();
  }

  private static VersionConflictException conflict(UUID id, OptionalLong stored) {
    return new VersionConflictException(KIND, id.toString(), stored);
  }

  private static Map<String, Object> values(WebhookSubscription s) {
    Map<String, Object> values = new HashMap<>();
    values.put("id", s.id());
    values.put("url", s.url().toString());
    values.put(
        "events",
        s.events().stream().sorted().map(WebhookEvent::wireName).collect(Collectors.joining(",")));
    values.put("secret", s.secret());
    values.put("active", s.active());
    values.put("failingSince", s.failingSince().map(InstantArgumentFactory::utc).orElse(null));
    values.put("pausedAt", s.pausedAt().map(InstantArgumentFactory::utc).orElse(null));
    values.put("createdAt", InstantArgumentFactory.utc(s.createdAt()));
    return values;
  }

  private static Stored<WebhookSubscription> subscription(ResultSet rs) throws SQLException {
    WebhookSubscription s =
        new WebhookSubscription(
            rs.getObject("id", UUID.class),
            URI.create(rs.getString("url")),
            Arrays.stream(rs.getString("events").split(","))
                .map(name -> WebhookEvent.fromWireName(name).orElseThrow())
                .collect(Collectors.toSet()),
            rs.getString("secret"),
            rs.getBoolean("active"),
            optionalInstant(rs, "failing_since"),
            optionalInstant(rs, "paused_at"),
            optionalInstant(rs, "created_at").orElseThrow());
    return new Stored<>(s, rs.getLong("version"));
  }

  private static DeliveryAttempt attempt(ResultSet rs) throws SQLException {
    int code = rs.getInt("status_code");
    OptionalInt status = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(code);
    return new DeliveryAttempt(
        rs.getObject("event_id", UUID.class),
        rs.getObject("subscription_id", UUID.class),
        optionalInstant(rs, "attempted_at").orElseThrow(),
        status,
        Duration.ofMillis(rs.getLong("latency_ms")),
        Optional.ofNullable(rs.getString("error")));
  }

  private static Optional<Instant> optionalInstant(ResultSet rs, String column)
      throws SQLException {
    return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class))
        .map(OffsetDateTime::toInstant);
  }
}
