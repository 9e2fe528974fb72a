package com.metalogics.booking.core.contract;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static com.metalogics.booking.core.contract.Fixtures.booking;
import static com.metalogics.booking.core.contract.Fixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EffectState;
import com.metalogics.booking.core.domain.SyncStatus;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.EffectStats;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.Reservation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The outbox part of the repository contract ({@code EffectStore}): effects written with the
 * booking, claimed once, their outcomes stored and summarised on the booking.
 */
public abstract class EffectStoreContract extends BookingRepositoryListContract {

  private static final Set<EffectKind> ALL_KINDS = EnumSet.allOf(EffectKind.class);
  private static final Duration LEASE = Duration.ofMinutes(1);

  /** Reserves a booking at the hour with its mirror effects and {@code extra}. */
  private Booking reserveWithEffects(int hour, List<Effect> extra, Instant firstAttempt) {
    Booking fresh = booking(at(hour, 0), uniqueEmail());
    List<Effect> effects = new ArrayList<>();
    for (EffectKind kind : List.of(EffectKind.CALENDAR, EffectKind.CRM, EffectKind.ATTENDEE_MAIL)) {
      effects.add(Effect.planned(fresh, kind, "", NOW, firstAttempt, Optional.empty(), NOW));
    }
    extra.forEach(e -> effects.add(retarget(e, fresh)));
    return repository.reserve(
        new Reservation(
            fresh,
            Duration.ZERO,
            new FrequencyLimit(1000, NOW.minus(Duration.ofDays(30)), 30),
            List.of(),
            effects));
  }

  private static Effect retarget(Effect e, Booking booking) {
    return Effect.planned(
        booking, e.kind(), e.target(), e.dueAt(), e.nextAttemptAt(), e.payload(), e.createdAt());
  }

  private static Effect webhook(String subscription, String body) {
    Booking any = booking(NOW, "x@example.com");
    return Effect.planned(any, EffectKind.WEBHOOK, subscription, NOW, NOW, Optional.of(body), NOW);
  }

  @Test
  void reserve_writesItsEffects_andTheBookingSummarisesThem() {
    Booking stored = reserveWithEffects(9, List.of(webhook("sub-1", "{\"a\":1}")), NOW);

    List<Effect> effects = repository.effectsOf(stored.id());
    assertThat(effects).hasSize(4).allMatch(e -> e.state() == EffectState.PENDING);
    Effect hook = effectOf(stored, EffectKind.WEBHOOK);
    assertThat(hook.target()).isEqualTo("sub-1");
    assertThat(hook.payload()).contains("{\"a\":1}");
    assertThat(repository.findEffect(hook.id())).contains(hook);
    assertThat(stored.sync().calendar()).isEqualTo(SyncStatus.PENDING);
    assertThat(repository.findById(stored.id()).orElseThrow().sync()).isEqualTo(stored.sync());
    assertThat(repository.findEffect(UUID.randomUUID())).isEmpty();
  }

  @Test
  void effectsFor_listsOneTargetsEffectsOfAKind_newestFirst() {
    String target = "sub-" + UUID.randomUUID();
    Booking first = reserveWithEffects(10, List.of(webhook(target, "{\"n\":1}")), NOW);
    Booking second = reserveWithEffects(11, List.of(webhook(target, "{\"n\":2}")), NOW);
    reserveWithEffects(12, List.of(webhook("sub-" + UUID.randomUUID(), "{}")), NOW);

    List<Effect> listed = repository.effectsFor(EffectKind.WEBHOOK, target, 10);

    assertThat(listed)
        .extracting(Effect::bookingId)
        .containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(listed).allMatch(e -> e.kind() == EffectKind.WEBHOOK && e.target().equals(target));
    assertThat(listed.get(0).createdAt()).isAfterOrEqualTo(listed.get(1).createdAt());
    assertThat(repository.effectsFor(EffectKind.WEBHOOK, target, 1)).hasSize(1);
    assertThat(repository.effectsFor(EffectKind.CALENDAR, target, 10)).isEmpty();
  }

  @Test
  void storeOutcome_keepsEveryField_andRefreshesTheSummary() {
    Booking stored = reserveWithEffects(9, List.of(), NOW);
    Effect calendar = effectOf(stored, EffectKind.CALENDAR);
    Effect failedOnce =
        effectOf(stored, EffectKind.CRM).retryAt(NOW.plusSeconds(30), "crm: down", NOW);

    Booking afterCalendar =
        repository.storeOutcome(calendar.done(Optional.of("evt-1"), NOW)).orElseThrow();
    Booking afterCrm = repository.storeOutcome(failedOnce).orElseThrow();

    assertThat(afterCalendar.sync().calendar()).isEqualTo(SyncStatus.SYNCED);
    assertThat(afterCrm.sync().calendarEventId()).contains("evt-1");
    assertThat(afterCrm.sync().crm()).isEqualTo(SyncStatus.FAILED);
    assertThat(afterCrm.sync().email()).isEqualTo(SyncStatus.PENDING);
    assertThat(afterCrm.version()).as("outcomes are not booking changes").isEqualTo(1);
    assertThat(repository.findEffect(failedOnce.id())).contains(failedOnce);
    assertThat(repository.findById(stored.id()).orElseThrow().sync()).isEqualTo(afterCrm.sync());
    Effect unknown = failedOnce.cancelled(NOW);
    assertThat(repository.storeOutcome(retarget(unknown, stored))).isEmpty();
  }

  @Test
  void storeOutcomes_storesEachEffectOfTheBooking_andRefreshesTheSummary() {
    Booking stored = reserveWithEffects(9, List.of(), NOW);
    Effect calendar = effectOf(stored, EffectKind.CALENDAR).done(Optional.of("evt-2"), NOW);
    Effect crm = effectOf(stored, EffectKind.CRM).retryAt(NOW.plusSeconds(30), "crm: down", NOW);
    Effect unknown = retarget(effectOf(stored, EffectKind.CRM).cancelled(NOW), stored);

    Booking after = repository.storeOutcomes(List.of(calendar, unknown, crm)).orElseThrow();

    assertThat(after.sync().calendar()).isEqualTo(SyncStatus.SYNCED);
    assertThat(after.sync().calendarEventId()).contains("evt-2");
    assertThat(after.sync().crm()).isEqualTo(SyncStatus.FAILED);
    assertThat(after.version()).as("outcomes are not booking changes").isEqualTo(1);
    assertThat(repository.findEffect(calendar.id())).contains(calendar);
    assertThat(repository.findEffect(crm.id())).contains(crm);
    assertThat(repository.findEffect(unknown.id())).isEmpty();
    assertThat(repository.findById(stored.id()).orElseThrow().sync()).isEqualTo(after.sync());
    assertThat(repository.storeOutcomes(List.of(unknown))).isEmpty();
    assertThat(repository.storeOutcomes(List.of())).isEmpty();
  }

  @Test
  void storeOutcomes_givenTheKnownBooking_answersItWithTheSummary_orTheStoredOneOnceItChanged() {
    Booking stored = reserveWithEffects(9, List.of(), NOW);
    Effect calendar = effectOf(stored, EffectKind.CALENDAR).done(Optional.of("evt-5"), NOW);

    Booking after = repository.storeOutcomes(stored, List.of(calendar)).orElseThrow();

    assertThat(after).isEqualTo(repository.findById(stored.id()).orElseThrow());
    assertThat(after.sync().calendar()).isEqualTo(SyncStatus.SYNCED);
    Booking cancelled = repository.update(stored.cancel(NOW, Optional.empty())).orElseThrow();
    Effect crm = effectOf(stored, EffectKind.CRM).done(Optional.of("7"), NOW);
    Booking afterChange =
        repository.storeOutcomes(stored, List.of(crm)).orElseThrow(); // an outdated copy

    assertThat(afterChange.status()).isEqualTo(cancelled.status());
    assertThat(afterChange.version()).isEqualTo(cancelled.version());
    assertThat(afterChange).isEqualTo(repository.findById(stored.id()).orElseThrow());
  }

  @Test
  void storeOutcomes_refusesEffectsOfTwoBookings() {
    Booking one = reserveWithEffects(9, List.of(), NOW);
    Booking two = reserveWithEffects(10, List.of(), NOW);
    Effect first = effectOf(one, EffectKind.CALENDAR).done(Optional.of("evt-3"), NOW);
    Effect second = effectOf(two, EffectKind.CALENDAR).done(Optional.of("evt-4"), NOW);

    assertThatThrownBy(() -> repository.storeOutcomes(List.of(first, second)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(repository.findEffect(first.id()).orElseThrow().state())
        .isEqualTo(EffectState.PENDING);
  }

  @Test
  void claimDue_claimsDueEffectsOnce_untilTheLeaseLapsesOrTheOutcomeIsStored() {
    Instant grace = NOW.plusSeconds(60);
    Booking stored = reserveWithEffects(9, List.of(), grace);
    Set<UUID> mine =
        Set.copyOf(repository.effectsOf(stored.id()).stream().map(Effect::id).toList());

    assertThat(claimed(grace.minusSeconds(1), mine)).isEmpty();
    assertThat(claimed(grace, mine)).as("the mail waits for the calendar").hasSize(2);
    assertThat(claimed(grace.plusSeconds(10), mine)).isEmpty();
    assertThat(claimed(grace.plus(LEASE), mine)).hasSize(2);

    Effect calendar = effectOf(stored, EffectKind.CALENDAR);
    repository.storeOutcome(calendar.retryAt(grace.plus(Duration.ofHours(1)), "down", NOW));
    repository.storeOutcome(effectOf(stored, EffectKind.CRM).done(Optional.of("7"), NOW));
    Instant after = grace.plus(LEASE).plusSeconds(1);
    assertThat(claimed(after, mine))
        .extracting(Effect::kind)
        .containsExactly(EffectKind.ATTENDEE_MAIL);
    assertThat(claimed(after, mine)).isEmpty();
    repository.release(List.of(effectOf(stored, EffectKind.ATTENDEE_MAIL).id()));
    assertThat(claimed(after, mine)).as("released").hasSize(1);
  }

  @Test
  void claimDue_takesOnlyTheKindsAsked() {
    Booking stored = reserveWithEffects(9, List.of(webhook("s", "{}")), NOW);
    Set<UUID> mine =
        Set.copyOf(repository.effectsOf(stored.id()).stream().map(Effect::id).toList());

    List<Effect> hooks =
        repository.claimDue(NOW, LEASE, 500, EnumSet.of(EffectKind.WEBHOOK)).stream()
            .filter(e -> mine.contains(e.id()))
            .toList();

    assertThat(hooks).extracting(Effect::kind).containsExactly(EffectKind.WEBHOOK);
  }

  @Test
  void claimDue_leavesTheMailWhileTheCalendarEffectOfItsRevisionIsDue() {
    Booking stored = reserveWithEffects(9, List.of(), NOW);
    Set<UUID> mine =
        Set.copyOf(repository.effectsOf(stored.id()).stream().map(Effect::id).toList());
    Instant later = NOW.plusSeconds(1);

    assertThat(claimed(later, mine))
        .extracting(Effect::kind)
        .containsExactlyInAnyOrder(EffectKind.CALENDAR, EffectKind.CRM);
    assertThat(
            repository.claimDue(later, LEASE, 500, EnumSet.of(EffectKind.ATTENDEE_MAIL)).stream()
                .filter(e -> mine.contains(e.id())))
        .as("without the calendar kind to wait for")
        .hasSize(1);
    repository.release(mine);
    Effect calendar = effectOf(stored, EffectKind.CALENDAR);
    repository.storeOutcome(calendar.retryAt(NOW.plus(Duration.ofHours(1)), "down", NOW));
    assertThat(claimed(later, mine))
        .extracting(Effect::kind)
        .containsExactlyInAnyOrder(EffectKind.CRM, EffectKind.ATTENDEE_MAIL);
  }

  @Test
  void claimDue_byConcurrentWorkers_neverHandsOutOneEffectTwice() throws Exception {
    Set<UUID> mine = ConcurrentHashMap.newKeySet();
    for (int i = 0; i < 10; i++) {
      Booking b = reserveWithEffects(8 + i, List.of(), NOW);
      repository.effectsOf(b.id()).forEach(e -> mine.add(e.id()));
    }
    Instant later = NOW.plus(Duration.ofDays(1));
    List<UUID> claimed = Collections.synchronizedList(new ArrayList<>());
    BookingRepositoryQueryContract.runConcurrently(
        8,
        () -> {
          for (Effect e : repository.claimDue(later, Duration.ofMinutes(5), 10, ALL_KINDS)) {
            claimed.add(e.id());
          }
          return null;
        });
    assertThat(claimed.stream().filter(mine::contains).toList()).doesNotHaveDuplicates();
  }

  @Test
  void aNewRevision_cancelsTheOldOnesPendingMirrors_butKeepsItsWebhooksAndRefs() {
    Booking stored = reserveWithEffects(9, List.of(webhook("sub-1", "{}")), NOW);
    repository.storeOutcome(effectOf(stored, EffectKind.CALENDAR).done(Optional.of("evt"), NOW));
    Booking current = repository.findById(stored.id()).orElseThrow();
    Booking moved = current.reschedule(TimeSlot.of(at(14, 0), Duration.ofMinutes(30)), NOW);
    List<Effect> next = mirrorEffects(moved);

    Booking written = repository.updateSlot(moved, Duration.ZERO, List.of(), next).orElseThrow();

    List<Effect> effects = repository.effectsOf(stored.id());
    assertThat(effects).hasSize(7);
    assertThat(effects)
        .filteredOn(e -> e.revision() == 1 && e.kind().revisionScoped())
        .extracting(Effect::state)
        .containsExactlyInAnyOrder(EffectState.DONE, EffectState.CANCELLED, EffectState.CANCELLED);
    assertThat(effectOf(stored, EffectKind.WEBHOOK).state()).isEqualTo(EffectState.PENDING);
    assertThat(written.sync().calendar()).isEqualTo(SyncStatus.PENDING);
    assertThat(written.sync().calendarEventId()).contains("evt");
  }

  @Test
  void addEffect_insertsOncePerBookingKindTargetAndRevision() {
    Booking stored = reserveWithEffects(9, List.of(), NOW);
    Effect alert =
        Effect.planned(stored, EffectKind.ADMIN_ALERT, "", NOW, NOW, Optional.of("x"), NOW);
    Effect twin =
        Effect.planned(stored, EffectKind.ADMIN_ALERT, "", NOW, NOW, Optional.of("y"), NOW);

    assertThat(repository.addEffect(alert)).isTrue();
    assertThat(repository.addEffect(twin)).isFalse();
    assertThat(repository.findEffect(alert.id())).contains(alert);
    assertThat(repository.findEffect(twin.id())).isEmpty();
  }

  @Test
  void effectStats_countByKindAndState_andTellTheDueBacklog() {
    EffectStats before = repository.effectStats(NOW.plus(Duration.ofDays(400)));
    Booking stored = reserveWithEffects(9, List.of(), NOW);
    repository.storeOutcome(effectOf(stored, EffectKind.CRM).done(Optional.of("7"), NOW));

    EffectStats after = repository.effectStats(NOW.plus(Duration.ofDays(400)));

    assertThat(after.count(EffectKind.CRM, EffectState.DONE))
        .isEqualTo(before.count(EffectKind.CRM, EffectState.DONE) + 1);
    assertThat(after.count(EffectKind.CALENDAR, EffectState.PENDING))
        .isEqualTo(before.count(EffectKind.CALENDAR, EffectState.PENDING) + 1);
    assertThat(after.due()).isEqualTo(before.due() + 2);
    assertThat(after.oldestDue()).isPresent();
    assertThat(after.oldestDue().get()).isBeforeOrEqualTo(NOW);
  }

  private List<Effect> claimed(Instant now, Set<UUID> mine) {
    return repository.claimDue(now, LEASE, 500, ALL_KINDS).stream()
        .filter(e -> mine.contains(e.id()))
        .toList();
  }
}
