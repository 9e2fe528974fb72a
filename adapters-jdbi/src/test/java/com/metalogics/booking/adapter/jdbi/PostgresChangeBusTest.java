package com.metalogics.booking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Two instances on one PostgreSQL hear each other's calendar changes through LISTEN/NOTIFY. */
class PostgresChangeBusTest {

  private static final Duration WAIT_LIMIT = Duration.ofSeconds(30);

  @Test
  void aChangePublishedByOneInstance_isHeardByTheOther_andByItself() {
    StorageConfig database = PostgresServer.freshDatabase();
    try (JdbiStorage first = JdbiStorage.open(database);
        JdbiStorage second = JdbiStorage.open(database)) {
      List<String> heardBySecond = new CopyOnWriteArrayList<>();
      List<String> heardByFirst = new CopyOnWriteArrayList<>();
      second.changeBus().subscribe(heardBySecond::add);
      first.changeBus().subscribe(heardByFirst::add);
      String calendar = "host@example.org";

      // The listening session may still be opening: announce until it hears one.
      await(
          () -> {
            first.changeBus().publish(calendar);
            return !heardBySecond.isEmpty();
          });

      assertThat(heardBySecond).allMatch(calendar::equals);
      await(() -> !heardByFirst.isEmpty());
    }
  }

  @Test
  void h2_announcesWithinTheProcess() {
    try (JdbiStorage storage =
        JdbiStorage.open(StorageConfig.of("jdbc:h2:mem:" + java.util.UUID.randomUUID(), "", ""))) {
      List<String> heard = new CopyOnWriteArrayList<>();
      storage.changeBus().subscribe(heard::add);

      storage.changeBus().publish("primary");

      assertThat(heard).containsExactly("primary");
    }
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met in time").isLessThan(deadline);
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }
}
