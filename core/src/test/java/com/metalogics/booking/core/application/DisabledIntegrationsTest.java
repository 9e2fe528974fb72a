package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.Integration;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.SyncStatus;
import com.metalogics.booking.core.inmemory.Disabled;
import com.metalogics.booking.core.inmemory.InMemoryBookingRepository;
import com.metalogics.booking.core.inmemory.InMemoryCrm;
import com.metalogics.booking.core.inmemory.RecordingNotifier;
import com.metalogics.booking.core.port.in.BookingAccess;
import com.metalogics.booking.core.port.in.CancelBookingCommand;
import com.metalogics.booking.core.port.in.SyncOutcome;
import com.metalogics.booking.core.port.in.Warning;
import com.metalogics.booking.core.port.out.BookingQuery;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A switched-off integration is "disabled", never "needs sync": not in the list, not for the sync
 * worker, not in the warnings. Its flags stay stored, for when it is switched on again.
 */
class DisabledIntegrationsTest {

  private final EngineHarness h = new EngineHarness();
  private final InMemoryBookingRepository repository = new InMemoryBookingRepository();
  private final InMemoryCrm crm = new InMemoryCrm();
  private final RecordingNotifier notifier = new RecordingNotifier();

  /** Calendar switched off; CRM and mail on; three attempts before the admin is alerted. */
  private final BookingEngine engine =
      BookingEngine.builder()
          .repository(repository)
          .calendar(Disabled.calendar())
          .crm(crm)
          .notifier(notifier)
          .rules(BookingRules.defaults())
          .clock(h.clock)
          .manageTokenSecret(EngineHarness.SECRET)
          .syncPolicy(
              new SyncPolicy(
                  Duration.ofSeconds(30),
                  Duration.ofMinutes(10),
                  3,
                  Duration.ofMinutes(2),
                  50,
                  Duration.ofSeconds(5)))
          .build();

  @Test
  void theEngineKnowsWhichIntegrationsAreOn_fromTheDisabledStandIns() {
    assertThat(engine.integrations()).isEqualTo(EnabledIntegrations.of(false, true, true));
    assertThat(h.engine.integrations()).isEqualTo(EnabledIntegrations.all());
  }

  @Test
  void givenCalendarOff_bookingsAndCancellations_neverNeedSync_norTheWorkerOrTheAdmin() {
    Booking kept = book(10);
    Booking cancelled = book(11);
    engine
        .cancelBooking()
        .handle(new CancelBookingCommand(BookingAccess.admin(cancelled.id()), Optional.empty()));

    assertThat(kept.sync().calendar()).as("no calendar effect").isEqualTo(SyncStatus.DISABLED);
    assertThat(list(true).total()).isZero();
    assertThat(list(false).total()).isEqualTo(2);
    for (int i = 0; i < 6; i++) {
      h.clock.advance(Duration.ofHours(1));
      assertThat(engine.syncBookings().syncDue().attempted()).isZero();
    }
    assertThat(notifier.alerts()).isEmpty();
    Booking stored = repository.findById(kept.id()).orElseThrow();
    assertThat(engine.integrations().statusOf(stored.sync(), Integration.CALENDAR))
        .isEqualTo(SyncStatus.DISABLED);
    assertThat(engine.integrations().statusOf(stored.sync(), Integration.CRM))
        .isEqualTo(SyncStatus.SYNCED);
  }

  @Test
  void givenCalendarOff_syncNow_isCompleteOnceTheRestIsMirrored() {
    crm.failures().failWith(() -> IntegrationException.crm("down", null));
    Booking booking = book(10);
    assertThat(list(true).bookings()).extracting(Booking::id).containsExactly(booking.id());
    assertThat(engine.integrations().statusOf(booking.sync(), Integration.CRM))
        .isEqualTo(SyncStatus.FAILED);

    SyncOutcome stillDown = engine.syncBookings().syncOne(booking.id());
    assertThat(stillDown.complete()).isFalse();
    assertThat(stillDown.warnings()).containsExactly(Warning.CRM_SYNC_PENDING);
    crm.failures().recover();
    SyncOutcome done = engine.syncBookings().syncOne(booking.id());

    assertThat(done.complete()).isTrue();
    assertThat(done.warnings()).isEmpty();
    assertThat(list(true).total()).isZero();
  }

  @Test
  void givenMailFailing_theMailIsShownFailed_untilItIsSent() {
    notifier.failures().failWith(() -> new IllegalStateException("SMTP down"));
    Booking booking = book(10);
    assertThat(engine.integrations().statusOf(booking.sync(), Integration.EMAIL))
        .isEqualTo(SyncStatus.FAILED);
    notifier.failures().recover();

    Booking sent = engine.syncBookings().syncOne(booking.id()).booking();

    assertThat(engine.integrations().statusOf(sent.sync(), Integration.EMAIL))
        .isEqualTo(SyncStatus.SYNCED);
  }

  private Booking book(int hour) {
    return engine
        .bookMeeting()
        .handle(h.command(h.ny(2, hour, 0), "ada" + hour + "@example.com"))
        .booking();
  }

  private com.metalogics.booking.core.port.out.BookingPage list(boolean needsSync) {
    return engine.listBookings().handle(BookingQuery.all(50).withNeedsSync(needsSync));
  }
}
