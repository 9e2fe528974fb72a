package com.metalogics.booking.core.contract;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static com.metalogics.booking.core.contract.Fixtures.booking;
import static com.metalogics.booking.core.contract.Fixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.BookingPage;
import com.metalogics.booking.core.port.out.BookingQuery;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.BookingSort;
import com.metalogics.booking.core.port.out.BookingSort.Field;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.Reservation;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin list: filters, search, order, pages and the total; part of the repository contract. */
public abstract class BookingRepositoryListContract {

  private static final EnabledIntegrations ALL = EnabledIntegrations.all();

  protected BookingRepository repository;
  protected Instant weekStart;

  /** A repository for one test; implementations may share a database between calls. */
  protected abstract BookingRepository createRepository();

  @BeforeEach
  void createRepositoryUnderTest() {
    repository = createRepository();
  }

  protected Instant at(int hour, int minute) {
    return weekStart.plus(Duration.ofHours(hour)).plus(Duration.ofMinutes(minute));
  }

  protected Reservation plain(Booking booking) {
    return new Reservation(
        booking, Duration.ZERO, new FrequencyLimit(1000, NOW.minus(Duration.ofDays(30)), 30));
  }

  /** This test's week: other tests' bookings never fall into it. */
  private BookingQuery week(int limit) {
    return BookingQuery.all(limit).withStartBetween(at(0, 0), at(24 * 7, 0));
  }

  @Test
  void list_filtersByStatusEmailAndStartRange() {
    String email = uniqueEmail();
    Booking a = repository.reserve(plain(booking(at(9, 0), email)));
    Booking b = repository.reserve(plain(booking(at(10, 0), email)));
    Booking c = repository.reserve(plain(booking(at(11, 0), uniqueEmail())));
    repository.update(b.cancel(NOW, Optional.empty())).orElseThrow();

    assertThat(ids(list(week(50)))).containsExactly(a.id(), b.id(), c.id());
    BookingPage unfiltered = list(BookingQuery.all(1));
    assertThat(unfiltered.bookings()).hasSize(1);
    assertThat(unfiltered.total()).isGreaterThanOrEqualTo(3);
    BookingQuery confirmedOfEmail =
        BookingQuery.all(50).withStatus(BookingStatus.CONFIRMED).withEmail(email);
    assertThat(ids(list(confirmedOfEmail))).containsExactly(a.id());
    BookingQuery window = BookingQuery.all(50).withStartBetween(at(9, 30), at(11, 0));
    assertThat(ids(list(window))).containsExactly(b.id());
  }

  @Test
  void list_needsSync_countsOnlyTheEnabledIntegrations() {
    Booking pending = reserve(at(9, 0), "Pending", "pending");
    Booking done = synced(reserve(at(10, 0), "Done", "done"));
    Booking calendarFailed = reserve(at(11, 0), "Calendar", "cal");
    done(calendarFailed, EffectKind.CRM, EffectKind.ATTENDEE_MAIL);
    failOnce(calendarFailed, EffectKind.CALENDAR);
    Booking cancelled = reserve(at(12, 0), "Cancelled", "gone");
    Booking gone = cancelled.cancel(NOW, Optional.empty());
    repository.update(gone, mirrorEffects(gone)).orElseThrow();
    done(gone, EffectKind.CRM, EffectKind.ATTENDEE_MAIL);

    BookingQuery needing = week(50).withNeedsSync(true);
    assertThat(ids(list(needing)))
        .containsExactly(pending.id(), calendarFailed.id(), cancelled.id());
    EnabledIntegrations calendarOff = EnabledIntegrations.of(false, true, true);
    assertThat(ids(repository.list(needing, calendarOff))).containsExactly(pending.id());
    assertThat(ids(repository.list(week(50).withNeedsSync(false), calendarOff)))
        .containsExactly(done.id(), calendarFailed.id(), cancelled.id());
    assertThat(repository.list(needing, EnabledIntegrations.none()).total()).isZero();
    assertThat(ids(list(week(50).withNeedsSync(false)))).containsExactly(done.id());
  }

  @Test
  void list_pagesForwardAndBack_withoutGapsOrRepeats_andCountsEveryMatch() {
    List<UUID> expected = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      expected.add(reserve(at(9 + i, 0), "Person " + i, "p" + i).id());
    }
    // Two bookings with one start time (one cancelled): ties are broken by id.
    Booking twinA = repository.reserve(plain(booking(at(20, 0), uniqueEmail())));
    repository.update(twinA.cancel(NOW, Optional.empty())).orElseThrow();
    Booking twinB = repository.reserve(plain(booking(at(20, 0), uniqueEmail())));
    expected.addAll(
        twinA.id().toString().compareTo(twinB.id().toString()) < 0
            ? List.of(twinA.id(), twinB.id())
            : List.of(twinB.id(), twinA.id()));

    assertThat(walkForwardAndBack(week(2))).containsExactlyElementsOf(expected);
  }

  @Test
  void list_sortsByEveryField_inBothDirections() {
    Booking bob = reserve(at(9, 0), "bob", "b", Optional.of("Zeta"));
    Booking ada = reserve(at(10, 0), "Ada", "a", Optional.empty());
    Booking cleo = reserve(at(11, 0), "Cleo", "c", Optional.of("alpha"));
    bob = synced(bob);
    ada = failOnce(ada, EffectKind.CALENDAR);
    Booking cancelled = cleo.cancel(NOW, Optional.empty());
    cleo = repository.update(cancelled, mirrorEffects(cancelled)).orElseThrow();

    assertSorted(Field.START, bob, ada, cleo);
    assertSorted(Field.NAME, ada, bob, cleo);
    assertSorted(Field.EMAIL, ada, bob, cleo);
    assertSorted(Field.COMPANY, ada, cleo, bob);
    assertSorted(Field.STATUS, cleo, bob, ada);
    assertSorted(Field.SYNC, ada, cleo, bob);
  }

  @Test
  void list_sortedByAField_pagesInThatOrder_bothWays() {
    List<UUID> expected = new ArrayList<>();
    for (String name : List.of("eve", "Dan", "carl", "Bea", "al")) {
      expected.add(reserve(at(9 + expected.size(), 0), name, name.toLowerCase()).id());
    }
    BookingQuery byNameDescending = week(2).sortedBy(new BookingSort(Field.NAME, true));

    assertThat(walkForwardAndBack(byNameDescending)).containsExactlyElementsOf(expected);
  }

  @Test
  void list_searchesPartOfNameEmailOrCompany_ignoringCase_withWildcardsTakenLiterally() {
    Booking grace = reserve(at(9, 0), "Grace Hopper", "grace", Optional.of("Navy_Labs 100%"));
    Booking alan = reserve(at(10, 0), "Alan Turing", "alan", Optional.of("NavyXLabs"));
    Booking fan = reserve(at(11, 0), "Ada", "hopper.fan", Optional.empty());

    assertThat(ids(list(week(50).withSearch("HOPP")))).containsExactly(grace.id(), fan.id());
    assertThat(ids(list(week(50).withSearch("navy")))).containsExactly(grace.id(), alan.id());
    assertThat(ids(list(week(50).withSearch("y_l")))).containsExactly(grace.id());
    assertThat(ids(list(week(50).withSearch("%")))).containsExactly(grace.id());
    assertThat(ids(list(week(50).withSearch("\\")))).isEmpty();
    assertThat(ids(list(week(50).withSearch("!")))).isEmpty();
    assertThat(ids(list(week(50).withSearch("ALAN@")))).containsExactly(alan.id());
    BookingPage page = list(week(1).withSearch("a"));
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.bookings()).hasSize(1);
  }

  /** Follows {@code next} to the end, then {@code previous} back; both walks must agree. */
  private List<UUID> walkForwardAndBack(BookingQuery first) {
    List<UUID> forward = new ArrayList<>();
    BookingPage page = list(first);
    assertThat(page.previous()).isEmpty();
    forward.addAll(ids(page));
    int total = page.total();
    while (page.next().isPresent()) {
      page = list(first.at(page.next().get()));
      assertThat(page.total()).isEqualTo(total);
      forward.addAll(ids(page));
    }
    List<UUID> backward = new ArrayList<>(ids(page));
    while (page.previous().isPresent()) {
      page = list(first.at(page.previous().get()));
      backward.addAll(0, ids(page));
    }
    assertThat(forward).hasSize(total).doesNotHaveDuplicates();
    assertThat(backward).isEqualTo(forward);
    return forward;
  }

  private void assertSorted(Field field, Booking... ascending) {
    List<UUID> expected = new ArrayList<>();
    for (Booking b : ascending) {
      expected.add(b.id());
    }
    assertThat(ids(list(week(50).sortedBy(new BookingSort(field, false)))))
        .as("%s ascending", field)
        .containsExactlyElementsOf(expected);
    java.util.Collections.reverse(expected);
    assertThat(ids(list(week(50).sortedBy(new BookingSort(field, true)))))
        .as("%s descending", field)
        .containsExactlyElementsOf(expected);
  }

  private BookingPage list(BookingQuery query) {
    return repository.list(query, ALL);
  }

  private Booking reserve(Instant start, String name, String emailUser) {
    return reserve(start, name, emailUser, Optional.of("Analytical Engines Ltd"));
  }

  /**
   * A booking of this name and company, with its mirror effects pending; the e-mail is {@code
   * emailUser} at a unique domain.
   */
  private Booking reserve(Instant start, String name, String emailUser, Optional<String> company) {
    String email = emailUser + "@" + UUID.randomUUID() + ".example.com";
    Attendee attendee =
        new Attendee(name, email, company, Optional.empty(), Optional.empty(), ZoneId.of("UTC"));
    UUID id = UUID.randomUUID();
    Booking fresh =
        Booking.newBooking(
            id,
            attendee,
            TimeSlot.of(start, Duration.ofMinutes(30)),
            NOW,
            "h-" + id,
            Optional.empty());
    return repository.reserve(
        new Reservation(
            fresh,
            Duration.ZERO,
            new FrequencyLimit(1000, NOW.minus(Duration.ofDays(30)), 30),
            List.of(),
            mirrorEffects(fresh)));
  }

  /** Every mirror effect of the booking's revision done. */
  protected Booking synced(Booking booking) {
    return done(booking, EffectKind.CALENDAR, EffectKind.CRM, EffectKind.ATTENDEE_MAIL);
  }

  protected Booking done(Booking booking, EffectKind... kinds) {
    Booking after = booking;
    for (EffectKind kind : kinds) {
      Effect effect = effectOf(booking, kind);
      after = repository.storeOutcome(effect.done(Optional.of("ref-" + kind), NOW)).orElseThrow();
    }
    return after;
  }

  protected Booking failOnce(Booking booking, EffectKind kind) {
    Effect effect = effectOf(booking, kind);
    return repository
        .storeOutcome(effect.retryAt(NOW.plus(Duration.ofHours(1)), "down", NOW))
        .orElseThrow();
  }

  /** The booking's effect of the kind for its current revision. */
  protected Effect effectOf(Booking booking, EffectKind kind) {
    return repository.effectsOf(booking.id()).stream()
        .filter(e -> e.kind() == kind && e.revision() == booking.revision())
        .findFirst()
        .orElseThrow();
  }

  /** The calendar, CRM and mail effects of the booking's revision, due now. */
  protected static List<Effect> mirrorEffects(Booking booking) {
    List<Effect> effects = new ArrayList<>();
    for (EffectKind kind : List.of(EffectKind.CALENDAR, EffectKind.CRM, EffectKind.ATTENDEE_MAIL)) {
      effects.add(Effect.planned(booking, kind, "", NOW, NOW, Optional.empty(), NOW));
    }
    return effects;
  }

  protected static List<UUID> ids(BookingPage page) {
    return page.bookings().stream().map(Booking::id).toList();
  }
}
