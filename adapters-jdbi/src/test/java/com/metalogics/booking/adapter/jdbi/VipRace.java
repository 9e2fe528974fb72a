package com.metalogics.booking.adapter.jdbi;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.application.BookingEngine;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.EmailFrequencyLimit;
import com.metalogics.booking.core.domain.FrequencyLimitExceededException;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.SlotUnavailableException.Reason;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.domain.VipFrequency;
import com.metalogics.booking.core.domain.VipGrant;
import com.metalogics.booking.core.domain.VipLink;
import com.metalogics.booking.core.domain.VipMembers;
import com.metalogics.booking.core.domain.VipTier;
import com.metalogics.booking.core.port.in.AvailableSlotsQuery;
import com.metalogics.booking.core.port.in.BookMeetingCommand;
import com.metalogics.booking.core.port.in.SlotRange;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Two app instances (two engines, two pools, one database), 8 threads each, VIPs and others booking
 * one day at once. The tier holds half the day back and gives its members a limit of three
 * bookings; the others keep the default two. Whatever the interleaving: no other visitor holds a
 * held-back slot, nobody is over their limit, no two bookings overlap (with the buffer), and every
 * refusal names a rule.
 */
final class VipRace {

  static final int ATTEMPTS = 300;
  static final int THREADS_PER_INSTANCE = 8;
  private static final LocalDate DAY = LocalDate.of(2027, 3, 3);
  private static final int VIP_LIMIT = 3;
  private static final int PEOPLE = 6;
  private static final byte[] SECRET =
      "a race secret long enough for HMAC-SHA256".getBytes(StandardCharsets.UTF_8);

  private final List<TimeSlot> candidates;
  private final Set<TimeSlot> held;
  private final String token;
  private final AtomicInteger won = new AtomicInteger();
  private final Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
  private final Queue<String> wrongRefusals = new ConcurrentLinkedQueue<>();

  private VipRace(List<TimeSlot> candidates, Set<TimeSlot> held, String token) {
    this.candidates = candidates;
    this.held = held;
    this.token = token;
  }

  static void runAndCheck(StorageConfig database) throws Exception {
    StorageConfig pooled = database.withMaxPoolSize(THREADS_PER_INSTANCE);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    try (JdbiStorage first = JdbiStorage.open(pooled, clock);
        JdbiStorage second = JdbiStorage.open(pooled, clock)) {
      BookingEngine one = engine(first, clock);
      BookingEngine two = engine(second, clock);
      one.manageVipTiers().saveVipTier(tier(), OptionalLong.empty(), "admin");
      String token =
          one.manageVipTiers()
              .issueVipLink(new VipLink("gold", Optional.empty(), NOW.plus(Duration.ofDays(30))));
      List<TimeSlot> vipSlots = slots(two, Optional.of(token));
      Set<TimeSlot> held = new HashSet<>(vipSlots);
      slots(two, Optional.empty()).forEach(held::remove);
      assertThat(held).hasSize(vipSlots.size() / 2);
      VipRace race = new VipRace(vipSlots, held, token);
      Racers.run(List.of(one, two), THREADS_PER_INSTANCE, ATTEMPTS, race::attempt);
      race.check(first);
    }
  }

  private static BookingEngine engine(JdbiStorage storage, Clock clock) {
    return BookingEngine.builder()
        .repository(storage.repository())
        .catalog(storage.catalog())
        .rules(BookingRules.defaults())
        .clock(clock)
        .manageTokenSecret(SECRET)
        .build();
  }

  /** Members by domain; half the day held back without release; three bookings each. */
  private static VipTier tier() {
    return new VipTier(
        "gold",
        "Gold",
        new VipMembers(List.of(), List.of("vip.example.com"), Optional.empty()),
        List.of(
            new VipGrant(
                Optional.empty(),
                50,
                0,
                OptionalInt.empty(),
                Optional.empty(),
                new VipFrequency.Limited(new EmailFrequencyLimit(VIP_LIMIT, 30)))),
        true);
  }

  private static List<TimeSlot> slots(BookingEngine engine, Optional<String> token) {
    return engine
        .findAvailableSlots()
        .handle(new AvailableSlotsQuery(SlotRange.dates(DAY, DAY), 30, Optional.empty(), token))
        .slots();
  }

  private void attempt(BookingEngine engine, SplittableRandom random) {
    boolean vip = random.nextBoolean();
    String email =
        (vip ? "p" : "q") + random.nextInt(PEOPLE) + (vip ? "@vip.example.com" : "@example.com");
    TimeSlot slot = candidates.get(random.nextInt(candidates.size()));
    BookMeetingCommand command = BookMeetingCommand.of("Racer", email, slot.start(), 30);
    if (vip && random.nextBoolean()) {
      command = command.withVipToken(token);
    }
    try {
      engine.bookMeeting().handle(command);
      won.incrementAndGet();
    } catch (SlotUnavailableException e) {
      boolean reserved = e.reason() == Reason.RESERVED;
      if (reserved != (!vip && held.contains(slot)) && !(e.reason() == Reason.ALREADY_BOOKED)) {
        wrongRefusals.add(email + " " + slot + " " + e.reason());
      }
    } catch (FrequencyLimitExceededException e) {
      // The limit, checked atomically: what the check below holds the database to.
    } catch (RuntimeException e) {
      unexpected.add(e);
    }
  }

  private void check(JdbiStorage storage) {
    assertThat(unexpected).as("exceptions other than rule refusals").isEmpty();
    assertThat(wrongRefusals).as("refusals naming the wrong rule").isEmpty();
    TimeSlot day =
        new TimeSlot(candidates.get(0).start(), candidates.get(candidates.size() - 1).end());
    List<Booking> booked = storage.repository().findActiveOverlapping(day);
    assertThat(booked).hasSize(won.get()).isNotEmpty();
    for (Booking b : booked) {
      boolean vip = b.attendee().email().endsWith("@vip.example.com");
      if (held.contains(b.slot())) {
        assertThat(vip).as("held-back slot taken by " + b.attendee().email()).isTrue();
      }
      assertThat(b.placement().vipTier().isPresent()).as(b.attendee().email()).isEqualTo(vip);
    }
    Map<String, Long> perEmail =
        booked.stream()
            .collect(Collectors.groupingBy(b -> b.attendee().email(), Collectors.counting()));
    perEmail.forEach(
        (email, count) ->
            assertThat(count)
                .as(email)
                .isLessThanOrEqualTo(email.endsWith("@vip.example.com") ? VIP_LIMIT : 2));
    List<Booking> sorted = new ArrayList<>(booked);
    sorted.sort(Comparator.comparing(Booking::startTime));
    Function<Booking, TimeSlot> widened =
        b -> new TimeSlot(b.startTime().minus(Duration.ofMinutes(15)), b.endTime());
    for (int i = 1; i < sorted.size(); i++) {
      assertThat(widened.apply(sorted.get(i)).overlaps(sorted.get(i - 1).slot()))
          .as("overlap " + sorted.get(i - 1).slot() + " " + sorted.get(i).slot())
          .isFalse();
    }
  }
}
