package com.metalogics.booking.core.contract;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static com.metalogics.booking.core.contract.Fixtures.attendee;
import static com.metalogics.booking.core.contract.Fixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.Attribution;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.CrmOrigin;
import com.metalogics.booking.core.domain.LeadSource;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.InsightsData;
import com.metalogics.booking.core.port.out.InsightsData.DayFigures;
import com.metalogics.booking.core.port.out.InsightsData.KeyCount;
import com.metalogics.booking.core.port.out.InsightsData.TimeCount;
import com.metalogics.booking.core.port.out.InsightsFilter;
import com.metalogics.booking.core.port.out.InsightsRepository;
import com.metalogics.booking.core.port.out.IntegrationDay;
import com.metalogics.booking.core.port.out.Reservation;
import com.metalogics.booking.core.port.out.Tally;
import com.metalogics.booking.core.port.out.Tally.Measure;
import com.metalogics.booking.core.port.out.TrafficCount;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link InsightsRepository} must do, together with the {@link BookingRepository} whose
 * writes count into it: tallies are stored exactly when their booking change is, traffic and
 * integration days add up, and reads sum over the dimensions a filter leaves open. Each test uses
 * its own event type, host and integration names, so implementations may share one database.
 */
public abstract class InsightsRepositoryContract {

  private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

  protected BookingRepository bookings;
  protected InsightsRepository insights;
  private String type;
  private String host;
  private Instant tuesday;

  /** A booking repository and the insights store its writes count into. */
  protected abstract BookingRepository createBookings();

  protected abstract InsightsRepository createInsights();

  @BeforeEach
  void setUp() {
    bookings = createBookings();
    insights = createInsights();
    type = "type-" + UUID.randomUUID();
    host = "host-" + UUID.randomUUID();
    // A Tuesday of its own far-future week: some databases refuse overlaps across all hosts.
    tuesday = Fixtures.freshWeek().plus(Duration.ofDays(1));
  }

  @Test
  void reserve_storesItsTallies_andTheAttributionOnTheBooking() {
    Booking booking = booking(10, source("newsletter"));
    Booking stored = bookings.reserve(reservation(booking, created(booking, DAY)));

    assertThat(stored.attribution()).isEqualTo(booking.attribution());
    assertThat(bookings.findById(booking.id()).orElseThrow().attribution())
        .isEqualTo(booking.attribution());
    InsightsData data = read(DAY, DAY);
    assertThat(data.days()).containsExactly(new DayFigures(DAY, 0, 0, 0, 0, 1, 0, 0, 0));
    assertThat(data.hosts()).containsExactly(new KeyCount(host, 1));
    assertThat(data.leadSources()).containsExactly(new KeyCount("newsletter", 1));
    assertThat(data.popularTimes()).containsExactly(new TimeCount(DayOfWeek.TUESDAY, 10, 1));
  }

  @Test
  void refusedAndReplayedReservations_countNothing() {
    Booking first = booking(10, LeadSource.NONE);
    bookings.reserve(reservation(first, created(first, DAY)));
    Booking overlapping = booking(10, LeadSource.NONE);

    assertThatThrownBy(() -> bookings.reserve(reservation(overlapping, created(overlapping, DAY))))
        .isInstanceOf(SlotUnavailableException.class);
    assertThat(read(DAY, DAY).days()).extracting(DayFigures::booked).containsExactly(1L);
  }

  /**
   * Writers that race may share one transaction (a storage may batch them): the counts must still
   * be those of the bookings stored, per host, lead source and hour, and none of those refused.
   */
  @Test
  void racingReservations_countExactlyTheBookingsStored() throws Exception {
    int slots = 60;
    List<Callable<Optional<Booking>>> attempts = new ArrayList<>();
    for (int i = 0; i < 2 * slots; i++) {
      Booking booking = bookingAt(i % slots, source("source-" + i % 3));
      attempts.add(() -> reserveOrRefused(booking));
    }
    ExecutorService threads = Executors.newFixedThreadPool(8);
    List<Booking> stored = new ArrayList<>();
    try {
      for (Future<Optional<Booking>> attempt : threads.invokeAll(attempts)) {
        attempt.get().ifPresent(stored::add);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(stored).hasSize(slots);
    InsightsData data = read(DAY, DAY);
    assertThat(data.days()).extracting(DayFigures::booked).containsExactly((long) slots);
    assertThat(data.hosts()).containsExactly(new KeyCount(host, slots));
    assertThat(data.leadSources())
        .containsExactlyInAnyOrderElementsOf(
            counted(stored, b -> b.attribution().source().label(), KeyCount::new));
    assertThat(data.popularTimes())
        .containsExactlyInAnyOrderElementsOf(
            counted(
                stored,
                b -> b.startTime().atZone(ZoneOffset.UTC).getHour(),
                (hour, n) -> new TimeCount(DayOfWeek.TUESDAY, hour, n)));
  }

  private Optional<Booking> reserveOrRefused(Booking booking) {
    try {
      return Optional.of(bookings.reserve(reservation(booking, created(booking, DAY))));
    } catch (SlotUnavailableException refused) {
      return Optional.empty();
    }
  }

  private static <K, T> List<T> counted(
      List<Booking> stored, Function<Booking, K> key, BiFunction<K, Long, T> count) {
    Map<K, Long> counts =
        stored.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    return counts.entrySet().stream().map(e -> count.apply(e.getKey(), e.getValue())).toList();
  }

  @Test
  void updates_countCancellationsReschedulesAndNoShows_onTheirDays() {
    Booking booking = booking(9, source("ads"));
    Booking stored = bookings.reserve(reservation(booking, created(booking, DAY)));
    Booking moved =
        bookings
            .updateSlot(
                stored.reschedule(
                    TimeSlot.of(stored.startTime().plusSeconds(3600), Duration.ofMinutes(30)), NOW),
                Duration.ZERO,
                List.of(),
                List.of(),
                List.of(outcome(DAY.plusDays(1), Measure.RESCHEDULED, "ads")))
            .orElseThrow();
    Booking marked =
        bookings
            .update(
                moved.markNoShow(NOW),
                List.of(),
                List.of(outcome(DAY.plusDays(2), Measure.NO_SHOW, "ads")))
            .orElseThrow();
    bookings.update(
        marked.cancel(NOW, Optional.empty()),
        List.of(),
        List.of(outcome(DAY.plusDays(2), Measure.CANCELLED, "ads")));

    assertThat(bookings.findById(booking.id()).orElseThrow().noShowAt()).contains(NOW);
    assertThat(read(DAY, DAY.plusDays(2)).days())
        .containsExactly(
            new DayFigures(DAY, 0, 0, 0, 0, 1, 0, 0, 0),
            new DayFigures(DAY.plusDays(1), 0, 0, 0, 0, 0, 0, 1, 0),
            new DayFigures(DAY.plusDays(2), 0, 0, 0, 0, 0, 1, 0, 1));
  }

  @Test
  void lostUpdate_countsNothing() {
    Booking booking = booking(11, LeadSource.NONE);
    Booking stored = bookings.reserve(reservation(booking, created(booking, DAY)));
    bookings.update(stored.markNoShow(NOW)).orElseThrow();

    Optional<Booking> stale =
        bookings.update(
            stored.cancel(NOW, Optional.empty()),
            List.of(),
            List.of(outcome(DAY, Measure.CANCELLED, LeadSource.DIRECT)));

    assertThat(stale).isEmpty();
    assertThat(read(DAY, DAY).days()).extracting(DayFigures::cancelled).containsExactly(0L);
  }

  @Test
  void crmOrigin_isStoredOnTheBooking_andCountedAsACrmSource() {
    Booking booking = booking(12, LeadSource.NONE);
    Booking stored = bookings.reserve(reservation(booking, created(booking, DAY)));
    CrmOrigin origin = new CrmOrigin("ORGANIC_SEARCH", Optional.of("google"), Optional.empty());

    bookings.update(
        stored.withAttribution(stored.attribution().withCrmOrigin(origin)),
        List.of(),
        List.of(new Tally.CrmSource(DAY, placement(), "ORGANIC_SEARCH")));

    assertThat(bookings.findById(booking.id()).orElseThrow().attribution().crmOrigin())
        .contains(origin);
    assertThat(read(DAY, DAY).crmSources()).containsExactly(new KeyCount("ORGANIC_SEARCH", 1));
    assertThat(read(DAY, DAY).leadSources()).containsExactly(new KeyCount(LeadSource.DIRECT, 1));
  }

  @Test
  void read_filtersByRangeTypeAndHost() {
    Booking inRange = booking(10, LeadSource.NONE);
    bookings.reserve(reservation(inRange, created(inRange, DAY)));
    Booking later = booking(14, LeadSource.NONE);
    bookings.reserve(reservation(later, created(later, DAY.plusDays(5))));

    assertThat(read(DAY, DAY.plusDays(4)).days()).extracting(DayFigures::day).containsExactly(DAY);
    assertThat(
            insights
                .read(new InsightsFilter(DAY, DAY, Optional.of(type), Optional.of("other-host")))
                .hosts())
        .isEmpty();
    assertThat(
            insights
                .read(
                    new InsightsFilter(DAY, DAY.plusDays(5), Optional.of(type), Optional.of(host)))
                .hosts())
        .containsExactly(new KeyCount(host, 2));
  }

  @Test
  void bookingsMadeUnderAVipTier_areCountedPerTier_andOthersAreLeftOut() {
    String tier = "tier-" + UUID.randomUUID();
    Booking vip = booking(10, LeadSource.NONE);
    bookings.reserve(
        reservation(
            vip,
            List.of(
                new Tally.Outcome(
                    DAY, placement(), Optional.of(tier), LeadSource.DIRECT, Measure.BOOKED))));
    Booking ordinary = booking(11, LeadSource.NONE);
    bookings.reserve(reservation(ordinary, created(ordinary, DAY)));

    assertThat(read(DAY, DAY).vipTiers()).containsExactly(new KeyCount(tier, 1));
    assertThat(read(DAY, DAY).hosts()).containsExactly(new KeyCount(host, 2));
  }

  /**
   * Days long past, around and inside whole months (a store may sum ended months once): every read
   * of a range counts exactly the days in it, the first read and every later one alike.
   */
  @Test
  void popularTimes_ofLongPastRanges_countExactlyTheirDays() {
    LocalDate january = LocalDate.of(ThreadLocalRandom.current().nextInt(1900, 2000), 1, 1);
    List<LocalDate> days =
        List.of(
            january.minusDays(1),
            january,
            january.plusDays(15),
            january.plusMonths(1).minusDays(1),
            january.plusMonths(1),
            january.plusMonths(2).plusDays(3));
    for (LocalDate day : days) {
      Booking booking = booking(9 + days.indexOf(day), LeadSource.NONE);
      bookings.reserve(reservation(booking, created(booking, day)));
    }

    for (int read = 0; read < 2; read++) {
      assertThat(hours(january.minusDays(1), january.plusMonths(3)))
          .containsExactly(9, 10, 11, 12, 13, 14);
      assertThat(hours(january, january.plusMonths(1).minusDays(1))).containsExactly(10, 11, 12);
      assertThat(hours(january.plusDays(1), january.plusMonths(2))).containsExactly(11, 12, 13);
      assertThat(hours(january.minusMonths(1), january.plusMonths(1).minusDays(2)))
          .containsExactly(9, 10, 11);
      assertThat(hours(january.plusMonths(2), january.plusMonths(2).plusDays(2))).isEmpty();
    }
  }

  /** The meeting hours counted over a range, one entry per booking, in order. */
  private List<Integer> hours(LocalDate from, LocalDate to) {
    return read(from, to).popularTimes().stream()
        .flatMap(t -> Collections.nCopies((int) t.count(), t.hour()).stream())
        .toList();
  }

  @Test
  void traffic_addsUpPerDayAndType() {
    insights.addTraffic(
        List.of(new TrafficCount(DAY, type, 3, 1, 2, 1), new TrafficCount(DAY, type, 1, 2, 1, 1)));
    insights.addTraffic(List.of(new TrafficCount(DAY.plusDays(1), type, 1, 0, 1, 0)));

    assertThat(read(DAY, DAY.plusDays(1)).days())
        .containsExactly(
            new DayFigures(DAY, 4, 3, 3, 2, 0, 0, 0, 0),
            new DayFigures(DAY.plusDays(1), 1, 0, 1, 0, 0, 0, 0, 0));
  }

  @Test
  void integrationDays_addCalls_andKeepTheHighestBacklog() {
    String integration = "integration-" + UUID.randomUUID();
    IntegrationDay empty = IntegrationDay.empty(DAY, integration);
    IntegrationDay first =
        new IntegrationDay(DAY, integration, 3, 2, buckets(0, 2, 1), 1, 7, Duration.ofSeconds(40));
    IntegrationDay second =
        new IntegrationDay(DAY, integration, 2, 2, buckets(1, 1, 0), 0, 4, Duration.ofSeconds(90));

    insights.addIntegrationDays(List.of(first));
    insights.addIntegrationDays(List.of(second, empty));

    assertThat(read(DAY, DAY).integrations())
        .filteredOn(d -> d.integration().equals(integration))
        .containsExactly(
            new IntegrationDay(
                DAY, integration, 5, 4, buckets(1, 3, 1), 1, 7, Duration.ofSeconds(90)));
  }

  private static List<Long> buckets(long first, long second, long third) {
    Long[] all = new Long[IntegrationDay.BUCKETS];
    Arrays.fill(all, 0L);
    all[0] = first;
    all[1] = second;
    all[2] = third;
    return List.of(all);
  }

  private InsightsData read(LocalDate from, LocalDate to) {
    return insights.read(new InsightsFilter(from, to, Optional.of(type), Optional.empty()));
  }

  private Placement placement() {
    return new Placement(type, host);
  }

  /** A meeting on this test's Tuesday at {@code hour} UTC, of this test's type and host. */
  private Booking booking(int hour, LeadSource source) {
    return bookingAt(2 * hour, source);
  }

  /** The 30-minute meeting {@code half} half hours after the start of this test's Tuesday. */
  private Booking bookingAt(int half, LeadSource source) {
    UUID id = UUID.randomUUID();
    return Booking.newBooking(
            id,
            attendee(uniqueEmail()),
            TimeSlot.of(tuesday.plusSeconds(half * 1800L), Duration.ofMinutes(30)),
            NOW,
            "hash-" + id,
            Optional.empty(),
            placement())
        .withAttribution(Attribution.of(source));
  }

  private static LeadSource source(String utmSource) {
    return new LeadSource(
        Optional.of(utmSource),
        Optional.of("email"),
        Optional.of("spring"),
        Optional.empty(),
        Optional.empty(),
        Optional.of("example.com"));
  }

  private List<Tally> created(Booking booking, LocalDate day) {
    int hour = booking.startTime().atZone(ZoneOffset.UTC).getHour();
    return List.of(
        outcome(day, Measure.BOOKED, booking.attribution().source().label()),
        new Tally.SlotTime(day, placement(), DayOfWeek.TUESDAY, hour));
  }

  private Tally outcome(LocalDate day, Measure measure, String leadSource) {
    return new Tally.Outcome(day, placement(), Optional.empty(), leadSource, measure);
  }

  private static Reservation reservation(Booking booking, List<Tally> tallies) {
    return new Reservation(
        booking,
        Duration.ZERO,
        new FrequencyLimit(100, NOW.minus(Duration.ofDays(30)), 30),
        List.of(),
        List.of(),
        tallies);
  }
}
