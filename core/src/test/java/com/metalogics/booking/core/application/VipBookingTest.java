package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.CrmCondition;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.SlotUnavailableException.Reason;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.domain.VipFrequency;
import com.metalogics.booking.core.domain.VipGrant;
import com.metalogics.booking.core.domain.VipLink;
import com.metalogics.booking.core.domain.VipMembers;
import com.metalogics.booking.core.domain.VipTier;
import com.metalogics.booking.core.port.in.AvailableSlotsQuery;
import com.metalogics.booking.core.port.in.BookingReceipt;
import com.metalogics.booking.core.port.in.SlotRange;
import com.metalogics.booking.core.port.in.Warning;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The VIP rules through the engine: hold-back, recognition, grants and links at booking. */
class VipBookingTest {

  private final EngineHarness h = new EngineHarness();
  private final LocalDate day = firstOpenDay();

  @Test
  void halfHeldBack_hidesHalfTheDayFromOthers_andRefusesThemWithReserved() {
    saveTier(VipMembers.LINK_ONLY, grant(50, VipFrequency.TYPE_DEFAULT));
    String token = link(Optional.empty());

    List<Instant> everyone = slots(Optional.empty());
    List<Instant> vip = slots(Optional.of(token));
    List<Instant> held = new ArrayList<>(vip);
    held.removeAll(everyone);
    assertThat(vip).hasSize(16);
    assertThat(held).hasSize(8);
    assertThat(slots(Optional.of(token + "x"))).as("a flawed token is ignored").isEqualTo(everyone);

    assertThatThrownBy(() -> h.book(held.get(0), "ada@example.com"))
        .isInstanceOfSatisfying(
            SlotUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.RESERVED));
    BookingReceipt booked =
        h.engine
            .bookMeeting()
            .handle(h.command(held.get(0), "ada@example.com").withVipToken(token));
    assertThat(booked.booking().placement().vipTier()).contains("gold");
  }

  @Test
  void heldBackSlots_areReleasedToEveryone_releaseHoursBeforeTheStart() {
    saveTier(
        VipMembers.LINK_ONLY,
        new VipGrant(Optional.empty(), 100, 48, none(), noNotice(), VipFrequency.TYPE_DEFAULT));
    LocalDate later = day.plusWeeks(1);
    assertThat(slots(later, Optional.<String>empty())).isEmpty();
    h.clock.set(
        later.atTime(17, 0).atZone(EngineHarness.NEW_YORK).toInstant().minus(Duration.ofHours(48)));
    List<Instant> released = slots(later, Optional.empty());
    assertThat(released)
        .isNotEmpty()
        .allMatch(s -> !s.isAfter(h.clock.instant().plus(Duration.ofHours(48))));
  }

  @Test
  void aListedAddressOrDomain_getsItsTierWithoutALink_andItsFrequencyLimit() {
    saveTier(
        new VipMembers(
            List.of("ceo@example.com"), List.of("partner.example.org"), Optional.empty()),
        grant(0, VipFrequency.UNLIMITED));
    List<Instant> free = slots(Optional.empty());
    for (int i = 0; i < 3; i++) {
      BookingReceipt receipt = h.book(free.get(i * 4), "CEO@example.com");
      assertThat(receipt.booking().placement().vipTier()).contains("gold");
    }
    assertThat(
            h.book(free.get(12), "pat@sales.partner.example.org").booking().placement().vipTier())
        .contains("gold");
    h.book(free.get(14), "eve@example.com");
    assertThat(h.book(free.get(2), "eve@example.com").booking().placement().vipTier()).isEmpty();
  }

  @Test
  void aCrmCondition_makesAContactAVip_andAnUnansweringCrmLeavesTheOrdinaryRulesWithAWarning() {
    saveTier(
        new VipMembers(
            List.of(), List.of(), Optional.of(new CrmCondition("lifecyclestage", "customer"))),
        grant(100, VipFrequency.TYPE_DEFAULT));
    h.crm.setContactProperty("buyer@example.com", "lifecyclestage", "Customer");
    Instant held = slots(Optional.of(link(Optional.empty()))).get(0);

    BookingReceipt receipt = h.book(held, "buyer@example.com");
    assertThat(receipt.booking().placement().vipTier()).contains("gold");
    assertThat(receipt.warnings()).doesNotContain(Warning.CRM_UNAVAILABLE);

    h.crm.failures().failWith(() -> IntegrationException.crm("down", null));
    assertThatThrownBy(() -> h.book(held.plus(Duration.ofHours(2)), "buyer@example.com"))
        .isInstanceOfSatisfying(
            SlotUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.RESERVED));
  }

  @Test
  void anUnansweringCrm_isNamedInTheWarnings_ofABookingUnderTheOrdinaryRules() {
    saveTier(
        new VipMembers(
            List.of(), List.of(), Optional.of(new CrmCondition("lifecyclestage", "customer"))),
        grant(0, VipFrequency.TYPE_DEFAULT));
    h.crm.failures().failWith(() -> IntegrationException.crm("down", null));
    BookingReceipt receipt = h.book(slots(Optional.empty()).get(0), "buyer@example.com");
    assertThat(receipt.warnings()).contains(Warning.CRM_UNAVAILABLE);
    assertThat(receipt.booking().placement().vipTier()).isEmpty();
  }

  @Test
  void aShorterNotice_letsVipsBookWhatOthersMayNot() {
    saveTier(
        new VipMembers(List.of("ceo@example.com"), List.of(), Optional.empty()),
        new VipGrant(
            Optional.empty(),
            0,
            0,
            none(),
            Optional.of(Duration.ofHours(1)),
            VipFrequency.TYPE_DEFAULT));
    h.clock.set(day.atTime(8, 0).atZone(EngineHarness.NEW_YORK).toInstant());
    Instant soon = day.atTime(10, 0).atZone(EngineHarness.NEW_YORK).toInstant();
    assertThatThrownBy(() -> h.book(soon, "eve@example.com"))
        .isInstanceOfSatisfying(
            SlotUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_SOON));
    assertThat(h.book(soon, "ceo@example.com").booking().placement().vipTier()).contains("gold");
  }

  @Test
  void tokensThatAreExpiredTamperedForAnotherEmailOrAnotherTier_areRefusedAtBooking() {
    saveTier(VipMembers.LINK_ONLY, grant(100, VipFrequency.TYPE_DEFAULT));
    h.engine
        .manageVipTiers()
        .saveVipTier(
            new VipTier("silver", "Silver", VipMembers.LINK_ONLY, List.of(), true),
            OptionalLong.empty(),
            "admin");
    Instant held = slots(Optional.of(link(Optional.empty()))).get(0);
    String bound = link(Optional.of("ada@example.com"));
    String silver =
        h.engine
            .manageVipTiers()
            .issueVipLink(
                new VipLink("silver", Optional.empty(), h.clock.instant().plusSeconds(60)));
    String expiring =
        h.engine
            .manageVipTiers()
            .issueVipLink(new VipLink("gold", Optional.empty(), h.clock.instant().plusSeconds(60)));
    h.clock.advance(Duration.ofSeconds(60));

    for (String token : List.of(expiring, bound.substring(1), "a" + bound, silver)) {
      assertThatThrownBy(
              () ->
                  h.engine
                      .bookMeeting()
                      .handle(h.command(held, "eve@example.com").withVipToken(token)))
          .as(token)
          .isInstanceOfSatisfying(
              ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("vipToken"));
    }
    assertThatThrownBy(
            () ->
                h.engine
                    .bookMeeting()
                    .handle(h.command(held, "eve@example.com").withVipToken(bound)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fieldErrors().get("vipToken")).contains("another e-mail"));
    assertThat(
            h.engine
                .bookMeeting()
                .handle(h.command(held, "Ada@Example.com").withVipToken(bound))
                .booking()
                .placement()
                .vipTier())
        .contains("gold");
  }

  @Test
  void aGrantForAnUnknownEventType_isRefused_andALinkNeedsAFutureExpiry() {
    assertThatThrownBy(
            () ->
                saveTier(
                    VipMembers.LINK_ONLY,
                    new VipGrant(
                        Optional.of("nope"), 10, 0, none(), noNotice(), VipFrequency.TYPE_DEFAULT)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fieldErrors()).containsKey("grants[0].eventType"));
    saveTier(VipMembers.LINK_ONLY, grant(10, VipFrequency.TYPE_DEFAULT));
    assertThatThrownBy(
            () ->
                h.engine
                    .manageVipTiers()
                    .issueVipLink(new VipLink("gold", Optional.empty(), h.clock.instant())))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("expiresAt"));
  }

  private void saveTier(VipMembers members, VipGrant grant) {
    h.engine
        .manageVipTiers()
        .saveVipTier(
            new VipTier("gold", "Gold", members, List.of(grant), true),
            OptionalLong.empty(),
            "admin");
  }

  private String link(Optional<String> email) {
    return h.engine
        .manageVipTiers()
        .issueVipLink(new VipLink("gold", email, h.clock.instant().plus(Duration.ofDays(30))));
  }

  private List<Instant> slots(Optional<String> token) {
    return slots(day, token);
  }

  private List<Instant> slots(LocalDate date, Optional<String> token) {
    return h
        .engine
        .findAvailableSlots()
        .handle(new AvailableSlotsQuery(SlotRange.dates(date, date), 30, Optional.empty(), token))
        .slots()
        .stream()
        .map(TimeSlot::start)
        .toList();
  }

  private LocalDate firstOpenDay() {
    LocalDate date = LocalDate.ofInstant(h.clock.instant(), EngineHarness.NEW_YORK).plusDays(2);
    while (date.getDayOfWeek().getValue() > 5) {
      date = date.plusDays(1);
    }
    return date;
  }

  private static VipGrant grant(int share, VipFrequency frequency) {
    return new VipGrant(Optional.empty(), share, 0, none(), noNotice(), frequency);
  }

  private static OptionalInt none() {
    return OptionalInt.empty();
  }

  private static Optional<Duration> noNotice() {
    return Optional.empty();
  }
}
