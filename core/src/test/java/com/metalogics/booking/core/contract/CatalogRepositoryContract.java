package com.metalogics.booking.core.contract;

import static com.metalogics.booking.core.contract.CatalogFixtures.host;
import static com.metalogics.booking.core.contract.CatalogFixtures.plainEventType;
import static com.metalogics.booking.core.contract.CatalogFixtures.plainSchedule;
import static com.metalogics.booking.core.contract.CatalogFixtures.plainVipTier;
import static com.metalogics.booking.core.contract.CatalogFixtures.richEventType;
import static com.metalogics.booking.core.contract.CatalogFixtures.richSchedule;
import static com.metalogics.booking.core.contract.CatalogFixtures.richVipTier;
import static com.metalogics.booking.core.contract.CatalogFixtures.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.CatalogKind;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.VersionConflictException;
import com.metalogics.booking.core.domain.VipTier;
import com.metalogics.booking.core.port.out.AuditEntry;
import com.metalogics.booking.core.port.out.CatalogRepository;
import com.metalogics.booking.core.port.out.Stored;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CatalogRepository} must do: store schedules, hosts and event types whole, save
 * by compare-and-set on the version, audit every save and count the revision. Keys are fresh per
 * test, so implementations may share one database between tests (but not between test classes: the
 * audit and the revision are global).
 */
public abstract class CatalogRepositoryContract {

  private static final String ACTOR = "admin-key-1";

  protected CatalogRepository repository;

  /** A repository for one test, whose audit entries are stamped by {@link #clock()}. */
  protected abstract CatalogRepository createRepository();

  /** The clock of the repositories {@link #createRepository()} makes. */
  protected abstract MutableClock clock();

  @BeforeEach
  void createRepositoryUnderTest() {
    clock().set(Fixtures.NOW);
    repository = createRepository();
  }

  @Test
  void save_createsVersionOne_andEveryKindReadsBackEqual() {
    Schedule rich = richSchedule(uniqueKey("s"));
    Schedule plain = plainSchedule(uniqueKey("s"));
    Host withCalendar = host(uniqueKey("h"), Optional.of("ada@group.calendar.google.com"));
    Host withoutCalendar = host(uniqueKey("h"), Optional.empty());
    EventType richType = richEventType(uniqueKey("t"));
    EventType plainType = plainEventType(uniqueKey("t"));

    for (var item : List.of(rich, plain, withCalendar, withoutCalendar, richType, plainType)) {
      assertThat(repository.save(item, OptionalLong.empty(), ACTOR))
          .isEqualTo(new Stored<>(item, 1));
    }

    assertThat(repository.schedule(rich.id())).contains(new Stored<>(rich, 1));
    assertThat(repository.schedule(plain.id())).contains(new Stored<>(plain, 1));
    assertThat(repository.host(withCalendar.id())).contains(new Stored<>(withCalendar, 1));
    assertThat(repository.host(withoutCalendar.id())).contains(new Stored<>(withoutCalendar, 1));
    assertThat(repository.eventType(richType.slug())).contains(new Stored<>(richType, 1));
    assertThat(repository.eventType(plainType.slug())).contains(new Stored<>(plainType, 1));
  }

  @Test
  void vipTiers_readBackEqual_replaceByVersion_andAreAudited() {
    VipTier rich = richVipTier(uniqueKey("v"));
    VipTier plain = plainVipTier(uniqueKey("v"));
    repository.save(rich, OptionalLong.empty(), ACTOR);
    repository.save(plain, OptionalLong.empty(), ACTOR);
    assertThat(repository.vipTier(rich.id())).contains(new Stored<>(rich, 1));
    assertThat(repository.vipTier(plain.id())).contains(new Stored<>(plain, 1));
    assertThat(repository.vipTiers()).contains(new Stored<>(rich, 1), new Stored<>(plain, 1));

    VipTier changed = richVipTier(plain.id());
    assertThat(repository.save(changed, OptionalLong.of(1), ACTOR))
        .isEqualTo(new Stored<>(changed, 2));
    assertThat(repository.vipTier(plain.id())).contains(new Stored<>(changed, 2));
    assertThatThrownBy(() -> repository.save(plain, OptionalLong.of(1), ACTOR))
        .isInstanceOf(VersionConflictException.class);
    assertThat(repository.audit(Optional.of(CatalogKind.VIP_TIER), 1))
        .containsExactly(
            new AuditEntry(
                Fixtures.NOW,
                ACTOR,
                CatalogKind.VIP_TIER,
                plain.id(),
                Optional.of(plain),
                changed));
    assertThat(repository.vipTier(uniqueKey("v"))).isEmpty();
  }

  @Test
  void unknownKeys_areEmpty() {
    assertThat(repository.schedule(uniqueKey("s"))).isEmpty();
    assertThat(repository.host(uniqueKey("h"))).isEmpty();
    assertThat(repository.eventType(uniqueKey("t"))).isEmpty();
  }

  @Test
  void save_withTheStoredVersion_replacesTheItem_andBumpsTheVersion() {
    String slug = uniqueKey("t");
    repository.save(plainEventType(slug), OptionalLong.empty(), ACTOR);
    EventType changed = richEventType(slug);

    assertThat(repository.save(changed, OptionalLong.of(1), ACTOR))
        .isEqualTo(new Stored<>(changed, 2));
    assertThat(repository.eventType(slug)).contains(new Stored<>(changed, 2));
  }

  @Test
  void save_withAStaleVersion_isAConflictNamingTheStoredOne_andChangesNothing() {
    String id = uniqueKey("s");
    Schedule first = plainSchedule(id);
    repository.save(first, OptionalLong.empty(), ACTOR);
    Schedule second = richSchedule(id);
    repository.save(second, OptionalLong.of(1), ACTOR);
    long revision = repository.revision();
    int audited = repository.audit(Optional.empty(), 1000).size();

    assertThatThrownBy(() -> repository.save(first, OptionalLong.of(1), ACTOR))
        .isInstanceOfSatisfying(
            VersionConflictException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CatalogKind.SCHEDULE.label());
              assertThat(e.key()).isEqualTo(id);
              assertThat(e.storedVersion()).hasValue(2);
            });
    assertThat(repository.schedule(id)).contains(new Stored<>(second, 2));
    assertThat(repository.revision()).isEqualTo(revision);
    assertThat(repository.audit(Optional.empty(), 1000)).hasSize(audited);
  }

  @Test
  void save_creatingAnExistingKey_isAConflict() {
    String id = uniqueKey("h");
    Host stored = host(id, Optional.empty());
    repository.save(stored, OptionalLong.empty(), ACTOR);

    assertThatThrownBy(
            () -> repository.save(host(id, Optional.of("cal")), OptionalLong.empty(), ACTOR))
        .isInstanceOfSatisfying(
            VersionConflictException.class, e -> assertThat(e.storedVersion()).hasValue(1));
    assertThat(repository.host(id)).contains(new Stored<>(stored, 1));
  }

  @Test
  void save_namingAVersionOfAnAbsentKey_isAConflictWithoutStoredVersion() {
    String slug = uniqueKey("t");

    assertThatThrownBy(() -> repository.save(plainEventType(slug), OptionalLong.of(1), ACTOR))
        .isInstanceOfSatisfying(
            VersionConflictException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CatalogKind.EVENT_TYPE.label());
              assertThat(e.storedVersion()).isEmpty();
            });
    assertThat(repository.eventType(slug)).isEmpty();
  }

  @Test
  void kinds_areSeparateNamespaces() {
    String key = uniqueKey("k");
    repository.save(plainSchedule(key), OptionalLong.empty(), ACTOR);
    repository.save(host(key, Optional.empty()), OptionalLong.empty(), ACTOR);
    repository.save(plainEventType(key), OptionalLong.empty(), ACTOR);

    assertThat(repository.schedule(key)).map(Stored::version).contains(1L);
    assertThat(repository.host(key)).map(Stored::version).contains(1L);
    assertThat(repository.eventType(key)).map(Stored::version).contains(1L);
  }

  @Test
  void lists_areOrderedByKey_codePointByCodePoint() {
    String prefix = uniqueKey("o");
    List<String> keys = List.of(prefix + "-b", prefix + "0", prefix + "-a", prefix + "a");
    for (String key : keys) {
      repository.save(plainSchedule(key), OptionalLong.empty(), ACTOR);
      repository.save(host(key, Optional.empty()), OptionalLong.empty(), ACTOR);
      repository.save(plainEventType(key), OptionalLong.empty(), ACTOR);
    }
    List<String> sorted = List.of(prefix + "-a", prefix + "-b", prefix + "0", prefix + "a");

    assertThat(ours(repository.schedules().stream().map(s -> s.value().id()), prefix))
        .containsExactlyElementsOf(sorted);
    assertThat(ours(repository.hosts().stream().map(h -> h.value().id()), prefix))
        .containsExactlyElementsOf(sorted);
    assertThat(ours(repository.eventTypes().stream().map(t -> t.value().slug()), prefix))
        .containsExactlyElementsOf(sorted);
  }

  @Test
  void audit_recordsEverySave_newestFirst_withWhoWhenBeforeAndAfter() {
    String id = uniqueKey("s");
    Schedule created = plainSchedule(id);
    repository.save(created, OptionalLong.empty(), ACTOR);
    clock().advance(Duration.ofMinutes(5));
    Schedule changed = richSchedule(id);
    repository.save(changed, OptionalLong.of(1), "other key");

    assertThat(repository.audit(Optional.empty(), 2))
        .containsExactly(
            new AuditEntry(
                Fixtures.NOW.plus(Duration.ofMinutes(5)),
                "other key",
                CatalogKind.SCHEDULE,
                id,
                Optional.of(created),
                changed),
            new AuditEntry(
                Fixtures.NOW, ACTOR, CatalogKind.SCHEDULE, id, Optional.empty(), created));
  }

  @Test
  void audit_filtersByKind_andKeepsToTheLimit() {
    String key = uniqueKey("a");
    Host host = host(key, Optional.empty());
    EventType type = plainEventType(key);
    repository.save(host, OptionalLong.empty(), ACTOR);
    repository.save(type, OptionalLong.empty(), ACTOR);
    Host moved =
        new Host(
            key, "Bea", "bea@example.com", ZoneId.of("UTC"), "x", Optional.empty(), false, 1, 0);
    repository.save(moved, OptionalLong.of(1), ACTOR);

    assertThat(repository.audit(Optional.of(CatalogKind.HOST), 10))
        .filteredOn(e -> e.key().equals(key))
        .extracting(AuditEntry::after)
        .containsExactly(moved, host);
    assertThat(repository.audit(Optional.of(CatalogKind.EVENT_TYPE), 1))
        .extracting(AuditEntry::after)
        .containsExactly(type);
    assertThat(repository.audit(Optional.empty(), 1))
        .extracting(AuditEntry::after)
        .containsExactly(moved);
    assertThat(repository.audit(Optional.empty(), 0)).isEmpty();
  }

  @Test
  void revision_growsWithEverySave() {
    long before = repository.revision();
    String id = uniqueKey("h");
    repository.save(host(id, Optional.empty()), OptionalLong.empty(), ACTOR);
    long afterCreate = repository.revision();
    repository.save(host(id, Optional.of("cal")), OptionalLong.of(1), ACTOR);

    assertThat(afterCreate).isGreaterThan(before);
    assertThat(repository.revision()).isGreaterThan(afterCreate);
  }

  @Test
  void concurrentSavesOfOneVersion_haveExactlyOneWinner() throws Exception {
    String slug = uniqueKey("t");
    repository.save(plainEventType(slug), OptionalLong.empty(), ACTOR);
    long revision = repository.revision();
    AtomicInteger editor = new AtomicInteger();

    List<Object> outcomes =
        BookingRepositoryQueryContract.runConcurrently(
            8,
            () -> {
              EventType edit = richEventType(slug);
              String actor = "editor-" + editor.incrementAndGet();
              try {
                return repository.save(edit, OptionalLong.of(1), actor);
              } catch (VersionConflictException e) {
                return e;
              }
            });

    assertThat(outcomes).filteredOn(Stored.class::isInstance).hasSize(1);
    assertThat(outcomes)
        .filteredOn(VersionConflictException.class::isInstance)
        .hasSize(7)
        .allSatisfy(e -> assertThat(((VersionConflictException) e).storedVersion()).hasValue(2));
    assertThat(repository.eventType(slug)).map(Stored::version).contains(2L);
    assertThat(repository.revision()).isEqualTo(revision + 1);
    assertThat(repository.audit(Optional.of(CatalogKind.EVENT_TYPE), 2))
        .extracting(AuditEntry::key)
        .containsExactly(slug, slug);
  }

  @Test
  void save_withABlankOrOverlongActor_isRefused_andStoresNothing() {
    String id = uniqueKey("s");
    assertThatThrownBy(() -> repository.save(plainSchedule(id), OptionalLong.empty(), " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> repository.save(plainSchedule(id), OptionalLong.empty(), "x".repeat(201)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(repository.schedule(id)).isEmpty();
  }

  private static List<String> ours(java.util.stream.Stream<String> keys, String prefix) {
    return keys.filter(k -> k.startsWith(prefix)).toList();
  }
}
