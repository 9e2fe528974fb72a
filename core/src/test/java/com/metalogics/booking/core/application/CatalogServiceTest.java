package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.Blackout;
import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.CatalogItemNotFoundException;
import com.metalogics.booking.core.domain.CatalogKind;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.PhaseOneCatalog;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.domain.VersionConflictException;
import com.metalogics.booking.core.inmemory.InMemoryBookingRepository;
import com.metalogics.booking.core.inmemory.InMemoryCatalogRepository;
import com.metalogics.booking.core.port.in.ManageCatalog;
import com.metalogics.booking.core.port.out.AuditEntry;
import com.metalogics.booking.core.port.out.Stored;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CatalogServiceTest {

  private final CatalogHarness h = new CatalogHarness();
  private final ManageCatalog catalog = h.engine.manageCatalog();

  @Test
  void aFreshCatalog_isSeededWithThePhaseOneScheduleHostAndType_bySystem() {
    BookingRules rules = BookingRules.defaults();
    assertThat(catalog.schedule("default"))
        .isEqualTo(new Stored<>(PhaseOneCatalog.schedule(rules), 1));
    assertThat(catalog.host("owner")).isEqualTo(new Stored<>(PhaseOneCatalog.host(rules), 1));
    assertThat(catalog.eventType("meeting"))
        .isEqualTo(new Stored<>(PhaseOneCatalog.eventType(rules), 1));
    assertThat(catalog.audit(Optional.empty(), 10))
        .extracting(AuditEntry::actor, AuditEntry::kind)
        .containsExactly(
            tuple("system", CatalogKind.EVENT_TYPE),
            tuple("system", CatalogKind.HOST),
            tuple("system", CatalogKind.SCHEDULE));
  }

  @Test
  void theSeed_mirrorsEveryPhaseOneRule() {
    EventType meeting = catalog.eventType("meeting").value();
    BookingRules rules = BookingRules.defaults();
    assertThat(meeting.durations()).containsExactlyElementsOf(rules.allowedDurations());
    assertThat(meeting.bufferBefore()).isEqualTo(rules.buffer());
    assertThat(meeting.bufferAfter()).isEqualTo(rules.buffer());
    assertThat(meeting.minNotice()).isEqualTo(rules.minAdvance());
    assertThat(meeting.maxAdvanceDays()).isEqualTo(rules.maxAdvanceDays());
    assertThat(meeting.slotIncrement()).isEqualTo(rules.slotIncrement());
    assertThat(meeting.frequencyLimit().orElseThrow().max()).isEqualTo(2);
    assertThat(meeting.frequencyLimit().orElseThrow().windowDays()).isEqualTo(30);
    assertThat(catalog.schedule("default").value().rangesOn(LocalDate.of(2027, 3, 3)))
        .extracting(Object::toString)
        .containsExactly("09:00-17:00");
  }

  @Test
  void anotherInstanceStartingLater_doesNotSeedAgain() {
    h.anotherInstance();
    assertThat(catalog.audit(Optional.empty(), 10)).hasSize(3);
    assertThat(catalog.eventType("meeting").version()).isEqualTo(1);
  }

  @Test
  void aCatalogThatHoldsATypeAlready_isNotSeeded() {
    InMemoryCatalogRepository stored = new InMemoryCatalogRepository(h.clock);
    BookingRules rules = BookingRules.defaults();
    stored.save(PhaseOneCatalog.schedule(rules), OptionalLong.empty(), "admin");
    stored.save(PhaseOneCatalog.host(rules), OptionalLong.empty(), "admin");
    stored.save(
        h.consult(Optional.empty(), BookingLimits.none(), true), OptionalLong.empty(), "admin");
    engineOn(stored);
    assertThat(stored.eventType("meeting")).isEmpty();
    assertThat(stored.revision()).isEqualTo(3);
  }

  @Test
  void seeding_keepsAScheduleStoredUnderTheDefaultIdAlready() {
    InMemoryCatalogRepository stored = new InMemoryCatalogRepository(h.clock);
    Schedule own = h.mornings("other");
    Schedule asDefault =
        new Schedule(
            "default", "Ours", own.timeZone(), own.weekly(), own.overrides(), own.blackouts());
    stored.save(asDefault, OptionalLong.empty(), "admin");
    engineOn(stored);
    assertThat(stored.schedule("default").orElseThrow().value()).isEqualTo(asDefault);
    assertThat(stored.eventType("meeting")).isPresent();
    assertThat(stored.host("owner")).isPresent();
  }

  private static BookingEngine engineOn(InMemoryCatalogRepository stored) {
    return BookingEngine.builder()
        .repository(new InMemoryBookingRepository())
        .catalog(stored)
        .rules(BookingRules.defaults())
        .manageTokenSecret(EngineHarness.SECRET)
        .build();
  }

  @Test
  void aHostOnAnUnknownSchedule_isRefusedNamingTheField() {
    Host host = host("ada", "nowhere");
    assertThat(problemsOf(() -> catalog.saveHost(host, OptionalLong.empty(), "admin")))
        .containsOnlyKeys("scheduleId");
  }

  @Test
  void aRoundRobinTypeWithUnknownReferences_namesEveryOneAtOnce() {
    EventType type =
        new EventType(
            "team",
            "Team call",
            "",
            "",
            List.of(Duration.ofMinutes(30)),
            Duration.ofMinutes(30),
            Optional.empty(),
            Duration.ZERO,
            Duration.ZERO,
            Duration.ZERO,
            30,
            BookingLimits.none(),
            Optional.empty(),
            Assignment.ROUND_ROBIN,
            List.of("owner", "ghost"),
            Optional.of("missing"),
            true);
    assertThat(problemsOf(() -> catalog.saveEventType(type, OptionalLong.empty(), "admin")))
        .containsOnlyKeys("scheduleId", "hosts[1]");
  }

  @Test
  void aDurationNoOpenRangeCanHold_isRefused() {
    h.mornings("mornings");
    EventType fiveHours = h.consult(Optional.of("mornings"), BookingLimits.none(), true);
    EventType tooLong =
        new EventType(
            fiveHours.slug(),
            fiveHours.title(),
            "",
            "",
            List.of(Duration.ofMinutes(45), Duration.ofHours(5)),
            Duration.ofMinutes(45),
            Optional.empty(),
            Duration.ZERO,
            Duration.ZERO,
            Duration.ZERO,
            30,
            BookingLimits.none(),
            Optional.empty(),
            Assignment.SINGLE,
            List.of("owner"),
            Optional.of("mornings"),
            true);
    assertThat(problemsOf(() -> catalog.saveEventType(tooLong, OptionalLong.empty(), "admin")))
        .containsOnlyKeys("durations[1]");
  }

  @Test
  void aStaleOrMissingVersion_isAConflict() {
    Schedule schedule = catalog.schedule("default").value();
    catalog.saveSchedule(schedule, OptionalLong.of(1), "admin");
    assertThatThrownBy(() -> catalog.saveSchedule(schedule, OptionalLong.of(1), "admin"))
        .isInstanceOf(VersionConflictException.class);
    assertThatThrownBy(() -> catalog.saveSchedule(schedule, OptionalLong.empty(), "admin"))
        .isInstanceOf(VersionConflictException.class);
    assertThat(catalog.schedule("default").version()).isEqualTo(2);
  }

  @Test
  void addBlackouts_mergesSkipsRepeats_andIsOneAuditedChange() {
    Blackout christmas =
        new Blackout(LocalDate.of(2027, 12, 24), LocalDate.of(2027, 12, 26), "Xmas");
    Blackout newYear = new Blackout(LocalDate.of(2027, 12, 31), LocalDate.of(2028, 1, 1), "NY");
    catalog.addBlackouts("default", List.of(christmas), "admin");
    Stored<Schedule> after =
        catalog.addBlackouts("default", List.of(newYear, christmas, newYear), "importer");
    assertThat(after.value().blackouts()).containsExactly(christmas, newYear);
    assertThat(after.version()).isEqualTo(3);
    assertThat(catalog.addBlackouts("default", List.of(christmas), "admin").version()).isEqualTo(3);
    AuditEntry last = catalog.audit(Optional.of(CatalogKind.SCHEDULE), 1).get(0);
    assertThat(last.actor()).isEqualTo("importer");
    assertThat(((Schedule) last.before().orElseThrow()).blackouts()).containsExactly(christmas);
  }

  @Test
  void unknownKeys_areNotFound() {
    assertThatThrownBy(() -> catalog.schedule("nope"))
        .isInstanceOf(CatalogItemNotFoundException.class);
    assertThatThrownBy(() -> catalog.host("nope")).isInstanceOf(CatalogItemNotFoundException.class);
    assertThatThrownBy(() -> catalog.eventType("nope"))
        .isInstanceOf(CatalogItemNotFoundException.class);
    assertThatThrownBy(() -> catalog.addBlackouts("nope", List.of(), "admin"))
        .isInstanceOf(CatalogItemNotFoundException.class);
  }

  @Test
  void theAuditLimit_isBounded() {
    assertThat(problemsOf(() -> catalog.audit(Optional.empty(), 0))).containsOnlyKeys("limit");
    assertThat(problemsOf(() -> catalog.audit(Optional.empty(), 501))).containsOnlyKeys("limit");
  }

  @Test
  void visitorsSeeOnlyActiveTypes() {
    h.save(h.consult(Optional.empty(), BookingLimits.none(), false));
    assertThat(h.engine.eventTypes().activeEventTypes())
        .extracting(EventType::slug)
        .containsExactly("meeting");
    h.save(h.consult(Optional.empty(), BookingLimits.none(), true));
    assertThat(h.engine.eventTypes().activeEventTypes())
        .extracting(EventType::slug)
        .containsExactly("consult", "meeting");
  }

  @Test
  void aTypeWhoseHostsAreAllSwitchedOff_isNotListed_asItsSlotsAreNotFound() {
    Host owner = catalog.host("owner").value();
    catalog.saveHost(
        new Host(
            owner.id(),
            owner.name(),
            owner.email(),
            owner.timeZone(),
            owner.scheduleId(),
            owner.calendarId(),
            false,
            owner.weight(),
            owner.priority(),
            owner.hubspotOwnerId()),
        OptionalLong.of(1),
        "admin");

    assertThat(h.engine.eventTypes().activeEventTypes()).isEmpty();
    assertThat(catalog.eventType("meeting").value().active())
        .as("still active for admins")
        .isTrue();
  }

  private static Host host(String id, String scheduleId) {
    return new Host(
        id,
        "Ada",
        "ada@example.com",
        EngineHarness.NEW_YORK,
        scheduleId,
        Optional.empty(),
        true,
        1,
        0);
  }

  private static Map<String, String> problemsOf(Runnable call) {
    try {
      call.run();
    } catch (ValidationException e) {
      return e.fieldErrors();
    }
    throw new AssertionError("no ValidationException");
  }
}
