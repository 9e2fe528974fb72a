package com.metalogics.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.IntegrationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The manage page, opened from the confirmation link with the token in the fragment. */
class ManagePageTest extends PageTestBase {

  @BeforeEach
  void desktop() {
    browser.timeZone("America/New_York");
    browser.viewport(1280, 900, false);
  }

  @Test
  void givenManageLink_whenVisitorReschedules_thenTheBookingMovesToTheChosenSlot() {
    UiServer.Created created = server.book("move@example.com", freeStart(0), 30);
    open(created);
    assertThat(browser.visible("#booking-status").getText()).isEqualTo("Confirmed");
    calendar.awaitMonthWithSlots();
    Instant target = calendar.offered().get(calendar.offered().size() - 1);
    calendar.choose(target);
    browser.screenshot("manage-desktop", 1280, 900, false);
    browser.screenshot("manage-phone", 390, 844, true);
    browser.viewport(1280, 900, false);

    browser.find("#reschedule").click();

    browser.until(d -> browser.find("#outcome").getText().contains("moved"));
    assertThat(browser.focused().getAttribute("id")).isEqualTo("booking");
    assertThat(server.booking(created.id()).startTime()).isEqualTo(target);
  }

  @Test
  void givenManageLink_whenVisitorCancelsWithReason_thenTheBookingIsCancelled() {
    UiServer.Created created = server.book("cancel@example.com", freeStart(1), 30);
    open(created);
    browser.visible("#cancel-section");
    assertThat(browser.find("#reason").isDisplayed()).isFalse();
    browser.find("#cancel-start").click();
    assertThat(browser.focused().getAttribute("id")).isEqualTo("cancel-ask");
    browser.find("#reason").sendKeys("Found the answer in the docs");
    browser.screenshot("manage-cancel-confirm-desktop", 1280, 900, false);
    browser.viewport(1280, 900, false);

    browser.find("#cancel").click();

    browser.until(d -> browser.find("#booking-status").getText().equals("Cancelled"));
    assertThat(browser.find("#outcome").getText()).contains("cancelled");
    assertThat(browser.find("#reschedule-section").isDisplayed()).isFalse();
    assertThat(browser.find("#cancel-section").isDisplayed()).isFalse();
    Booking booking = server.booking(created.id());
    assertThat(booking.status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(booking.cancelReason()).contains("Found the answer in the docs");
    assertThat(browser.visible("#book-again a").getAttribute("href"))
        .isEqualTo(server.base + "/book/meeting");
    browser.screenshot("manage-cancelled-desktop", 1280, 900, false);
  }

  @Test
  void afterACancel_thePageSaysCancelled_andNothingOfOurCalendarOrRecords() {
    UiServer.Created created = server.book("quiet@example.com", freeStart(3), 30);
    server.crm.failures().failWith(() -> IntegrationException.crm("down", null));
    server.calendar.failures().failWith(() -> IntegrationException.calendar("down", null));
    try {
      open(created);
      browser.visible("#cancel-section");
      browser.find("#cancel-start").click();

      browser.find("#cancel").click();

      browser.until(d -> browser.find("#booking-status").getText().equals("Cancelled"));
      assertThat(browser.find("#outcome").getText())
          .contains("cancelled")
          .doesNotContain("booked", "calendar", "records");
      assertThat(browser.find("main").getText()).doesNotContain("shortly");
      assertThat(browser.visible("#book-again a").getAttribute("href"))
          .isEqualTo(server.base + "/book/meeting");
    } finally {
      server.crm.failures().recover();
      server.calendar.failures().recover();
    }
  }

  @Test
  void givenManageLink_theDetailsSayWhatWhenWithWhom_andKeepIsPossibleAfterAskingToCancel() {
    UiServer.Created created = server.book("details@example.com", freeStart(4), 30);
    open(created);

    assertThat(browser.visible("#booking-details").getText())
        .contains("What", "When", "With", "Owner", "30 min");
    browser.find("#cancel-start").click();
    browser.find("#cancel-keep").click();

    assertThat(browser.find("#cancel-form").isDisplayed()).isFalse();
    assertThat(browser.focused().getAttribute("id")).isEqualTo("cancel-start");
    assertThat(server.booking(created.id()).status()).isEqualTo(BookingStatus.CONFIRMED);
  }

  @Test
  void givenWrongToken_thePageSaysTheBookingCannotBeFound() {
    UiServer.Created created = server.book("wrong@example.com", freeStart(2), 30);
    browser.open(server.base + "/manage/" + created.id() + "#token=not-the-token");

    assertThat(browser.visible("#page-error").getText()).contains("could not find this booking");
    assertThat(browser.focused().getAttribute("id")).isEqualTo("page-error");
    assertThat(browser.find("#booking").isDisplayed()).isFalse();
  }

  @Test
  void givenLinkWithoutToken_thePageSaysTheLinkIsIncomplete() {
    browser.open(server.base + "/manage/" + UUID.randomUUID());

    assertThat(browser.visible("#page-error").getText()).contains("link is incomplete");
  }

  @Test
  void givenATypeWithSmsReminders_theVisitorTurnsThemOff_andThePageSaysSo() {
    server.putEventType(
        "texted",
        """
        {"title": "Texted call", "durations": [30], "hosts": ["owner"],
         "reminders": [{"channel": "SMS", "offsetMinutes": 60}]}
        """);
    UiServer.Created created =
        server.bookWithPhone("sms@example.com", freeStart(5), "texted", "+41 44 668 18 00");
    open(created);
    assertThat(browser.visible("#sms-state").getText()).contains("+41446681800");

    browser.find("#sms-stop").click();

    browser.until(d -> browser.find("#outcome").getText().contains("no more text message"));
    assertThat(browser.find("#sms-state").getText()).contains("are off");
    assertThat(browser.find("#sms-stop").isDisplayed()).isFalse();
    assertThat(server.booking(created.id()).attendee().smsOptedOut()).isTrue();
  }

  @Test
  void givenATypeWithoutSmsReminders_thePageSaysNothingAboutThem() {
    UiServer.Created created = server.book("nosms@example.com", freeStart(6), 30);
    open(created);
    browser.visible("#booking-status");

    assertThat(browser.find("#sms-section").isDisplayed()).isFalse();
  }

  private void open(UiServer.Created created) {
    browser.open(server.base + "/manage/" + created.id() + "#token=" + created.token());
  }

  /** A free start some slots apart from the others the tests take. */
  private Instant freeStart(int index) {
    List<Instant> free = server.freeStarts(server.clock.instant(), 30);
    return free.get(index * 3 + 1).plus(Duration.ZERO);
  }
}
