package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.in.BookingAccess;
import com.metalogics.booking.core.port.in.RescheduleBookingCommand;
import com.metalogics.booking.core.port.out.AdminAlert;
import com.metalogics.booking.core.port.out.AttendeeNotification;
import com.metalogics.booking.core.port.out.BookingRepository;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the attendee, the admin and the subscribers learn when a round-robin booking moves to
 * another host: over a calendar conflict or by a reschedule.
 */
class ReassignmentNoticesTest {

  private final RealtimeHarness r = new RealtimeHarness(ReassignmentNoticesTest::stopsAfterAMove);

  @AfterEach
  void close() {
    r.close();
  }

  @Test
  void aMoveOverAConflict_storesItsWebhookAndAlertInTheMovesOwnWrite() {
    Instant start = r.salesPool();
    Booking booking = r.book("sales", start, "ada@example.org");
    r.h.engine.syncBookings().syncDue();
    r.subscribe("booking.reassigned");
    r.book("cy-only", start, "grace@example.org");
    r.feed.put("ann-cal", r.outside("dentist", TimeSlot.of(start, Duration.ofHours(1))));

    r.realtime.syncNow("ann-cal");
    r.h.engine.syncBookings().syncDue();

    Booking moved = r.booking(booking.id());
    assertThat(moved.placement().hostId()).isEqualTo("bob");
    assertThat(r.h.repository.effectsOf(booking.id()))
        .filteredOn(e -> e.revision() == moved.revision())
        .extracting(e -> e.kind())
        .contains(EffectKind.WEBHOOK, EffectKind.ADMIN_ALERT);
    assertThat(r.webhookBodies)
        .singleElement()
        .satisfies(
            body ->
                assertThat(body)
                    .contains("booking.reassigned", "\"host\":\"Host bob\"")
                    .contains("\"former\":\"Host ann\""));
    assertThat(r.h.notifier.alerts())
        .filteredOn(AdminAlert.BookingReassigned.class::isInstance)
        .hasSize(1);
  }

  @Test
  void aRescheduleToAnotherHost_sendsRescheduledAndReassigned_namingTheNewHost() {
    Instant start = r.salesPool();
    Booking booking = r.book("sales", start, "ada@example.org");
    r.subscribe("booking.rescheduled");
    r.subscribe("booking.reassigned");
    Instant later = start.plus(Duration.ofHours(3));
    r.book("ann-only", later, "grace@example.org");

    Booking moved = reschedule(booking, later);
    r.h.engine.syncBookings().syncDue();

    assertThat(moved.placement().hostId()).isEqualTo("bob");
    assertThat(r.webhookBodies)
        .hasSize(2)
        .allSatisfy(body -> assertThat(body).contains("\"host\":\"Host bob\""))
        .anySatisfy(body -> assertThat(body).contains("booking.rescheduled"))
        .anySatisfy(
            body -> assertThat(body).contains("booking.reassigned", "\"former\":\"Host ann\""));
  }

  @Test
  void aRescheduleKeepingTheHost_sendsNoReassigned() {
    Instant start = r.salesPool();
    Booking booking = r.book("sales", start, "ada@example.org");
    r.subscribe("booking.rescheduled");
    r.subscribe("booking.reassigned");

    reschedule(booking, start.plus(Duration.ofHours(3)));
    r.h.engine.syncBookings().syncDue();

    assertThat(r.webhookBodies)
        .singleElement()
        .satisfies(body -> assertThat(body).contains("booking.rescheduled", "Host ann"));
  }

  @Test
  void theAttendeesMails_nameTheHost_andAfterAMoveTheNewOne() {
    Instant start = r.salesPool();
    Booking booking = r.book("sales", start, "ada@example.org");
    r.h.engine.syncBookings().syncDue();
    r.book("cy-only", start, "grace@example.org");
    r.feed.put("ann-cal", r.outside("dentist", TimeSlot.of(start, Duration.ofHours(1))));

    r.realtime.syncNow("ann-cal");
    r.h.clock.advance(Duration.ofMinutes(1));
    // the attendee's mail waits for the calendar effect of its revision: one more round
    r.h.engine.syncBookings().syncDue();
    r.h.engine.syncBookings().syncDue();

    assertThat(r.h.notifier.sent())
        .filteredOn(n -> n.booking().id().equals(booking.id()))
        .extracting(AttendeeNotification::kind, AttendeeNotification::hostNames)
        .containsExactly(
            tuple(AttendeeNotification.Kind.CONFIRMATION, List.of("Host ann")),
            tuple(AttendeeNotification.Kind.RESCHEDULE, List.of("Host bob")));
  }

  @Test
  void aCollectiveMeetingsMail_namesEveryHost() {
    r.salesPool();
    r.h
        .engine
        .manageCatalog()
        .saveEventType(
            TeamHarness.team("panel", Assignment.COLLECTIVE, "ann", "bob"),
            OptionalLong.empty(),
            "admin");
    Booking panel = r.book("panel", r.h.ny(3, 15, 0), "ada@example.org");

    r.h.engine.syncBookings().syncDue();

    assertThat(r.h.notifier.sent())
        .filteredOn(n -> n.booking().id().equals(panel.id()))
        .singleElement()
        .satisfies(n -> assertThat(n.hostNames()).containsExactly("Host ann", "Host bob"));
  }

  /**
   * The storage the conflict check writes to, as if the process stopped right after the move: any
   * later write of an effect of its own fails.
   */
  private static BookingRepository stopsAfterAMove(BookingRepository real) {
    return (BookingRepository)
        Proxy.newProxyInstance(
            BookingRepository.class.getClassLoader(),
            new Class<?>[] {BookingRepository.class},
            (proxy, method, args) -> {
              if (method.getName().equals("addEffect")) {
                throw new IllegalStateException("the process stopped before this write");
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private Booking reschedule(Booking booking, Instant start) {
    return r.h
        .engine
        .rescheduleBooking()
        .handle(
            new RescheduleBookingCommand(
                BookingAccess.admin(booking.id()), Optional.of(start), Optional.empty()))
        .booking();
  }
}
