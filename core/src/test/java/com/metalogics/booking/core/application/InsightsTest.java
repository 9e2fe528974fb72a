package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.CrmOrigin;
import com.metalogics.booking.core.domain.InvalidDateRangeException;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.port.in.InsightsQuery;
import com.metalogics.booking.core.port.in.InsightsReport;
import com.metalogics.booking.core.port.out.InsightsData.KeyCount;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The insights use cases on the in-memory adapters: what is counted, and what is refused. */
class InsightsTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private final EngineHarness h = new EngineHarness();

  @Test
  void theCrmsOriginalSource_isStoredOnTheBooking_andCountedOnce() {
    h.crm.recordOrigin(
        "ada@example.com", new CrmOrigin("PAID_SEARCH", Optional.of("winter"), Optional.empty()));

    Booking booked = h.book(h.ny(2, 10, 0), "ada@example.com").booking();
    h.engine.syncBookings().syncOne(booked.id());
    h.engine.syncBookings().syncOne(booked.id());

    assertThat(h.repository.findById(booked.id()).orElseThrow().attribution().crmOrigin())
        .map(CrmOrigin::source)
        .contains("PAID_SEARCH");
    assertThat(report().crmSources()).containsExactly(new KeyCount("PAID_SEARCH", 1));
  }

  @Test
  void theNote_namesTheLeadSource() {
    Booking booked =
        h.engine
            .bookMeeting()
            .handle(
                h.command(h.ny(2, 11, 0), "bo@example.com")
                    .withSource(Map.of("utmSource", "news", "referrer", "blog.example")))
            .booking();

    assertThat(CrmEffects.noteFor(booked).body())
        .contains("Source: utm_source=news, referrer=blog.example");
  }

  @Test
  void aRangeLongerThan400Days_orReversed_isRefused() {
    LocalDate today = LocalDate.ofInstant(h.clock.instant(), NEW_YORK);
    InsightsQuery reversed =
        new InsightsQuery(today, today.minusDays(1), Optional.empty(), Optional.empty());
    InsightsQuery tooLong =
        new InsightsQuery(today.minusDays(400), today, Optional.empty(), Optional.empty());

    assertThatThrownBy(() -> h.engine.insights().handle(reversed))
        .isInstanceOf(InvalidDateRangeException.class);
    assertThatThrownBy(() -> h.engine.insights().handle(tooLong))
        .isInstanceOf(InvalidDateRangeException.class);
  }

  @Test
  void aSourceWithControlCharacters_isAValidationErrorNamingTheField() {
    assertThatThrownBy(
            () ->
                h.engine
                    .bookMeeting()
                    .handle(
                        h.command(h.ny(2, 12, 0), "cy@example.com")
                            .withSource(Map.of("utmMedium", "a\u0000b"))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("source.utmMedium"));
  }

  @Test
  void visitorsAreCountedOncePerDay_andForgottenTheNextDay() {
    var traffic = h.engine.countTraffic();
    traffic.pageViewed(Optional.empty(), "192.0.2.1", "agent");
    traffic.pageViewed(Optional.empty(), "192.0.2.1", "agent");
    traffic.slotsSearched(Optional.of("meeting"), "192.0.2.1", "agent");
    traffic.pageViewed(Optional.of("no-such-type"), "192.0.2.9", "agent");
    traffic.flush();
    h.clock.advance(java.time.Duration.ofDays(1));
    traffic.pageViewed(Optional.empty(), "192.0.2.1", "agent");
    traffic.flush();

    InsightsReport.Totals totals = report().totals();
    assertThat(totals.views()).isEqualTo(3);
    assertThat(totals.visitors()).as("one per day").isEqualTo(2);
    assertThat(totals.searchers()).isEqualTo(1);
  }

  private InsightsReport report() {
    LocalDate today = LocalDate.ofInstant(h.clock.instant(), NEW_YORK);
    return h.engine
        .insights()
        .handle(
            new InsightsQuery(
                today.minusDays(5), today.plusDays(5), Optional.empty(), Optional.empty()));
  }
}
