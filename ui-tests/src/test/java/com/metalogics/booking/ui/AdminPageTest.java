package com.metalogics.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.IntegrationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** The admin page: the key, the list with its sync state, sync now, limit overrides. */
class AdminPageTest extends PageTestBase {

  private int nextSlot;

  @BeforeEach
  void signedOut() {
    browser.viewport(1280, 900, false);
    browser.open(server.base + "/admin");
    browser.script("sessionStorage.clear();");
    browser.open(server.base + "/admin");
  }

  @Test
  void givenCalendarDownAtBooking_adminSeesItFlagged_andSyncNowClearsIt() {
    UUID id = flaggedBooking("flagged@example.com");
    signIn(UiServer.ADMIN_KEY);
    new Select(browser.find("#filter-needs-sync")).selectByValue("true");
    browser.find("#apply-filters").click();
    String card = "li.booking-card[data-id='" + id + "']";
    browser.visible(card + "[data-calendar='needs-sync']");
    assertThat(browser.find(card + " [data-sync='calendar']").getText()).isEqualTo("Needs sync");
    browser.screenshot("admin-desktop", 1280, 900, false);
    browser.screenshot("admin-phone", 390, 844, true);
    browser.viewport(1280, 900, false);

    browser.find(card + " .sync-one").click();

    browser.visible(card + "[data-calendar='synced']");
    assertThat(browser.find(card + " .sync-result").getText()).isEqualTo("Sync complete.");
    assertThat(server.booking(id).sync().calendarSynced()).isTrue();
    assertThat(server.booking(id).sync().requiresManualCalendarSync()).isFalse();
  }

  @Test
  void givenSeveralFlaggedBookings_syncAllClearsThemAndSaysWhatItDid() {
    UUID first = flaggedBooking("one@example.com");
    UUID second = flaggedBooking("two@example.com");
    server.clock.advance(Duration.ofHours(1));
    signIn(UiServer.ADMIN_KEY);
    browser.visible("li.booking-card[data-id='" + first + "'][data-calendar='needs-sync']");

    browser.find("#sync-all").click();

    browser.until(d -> browser.find("#admin-status").getText().startsWith("Sync run finished"));
    assertThat(browser.find("#admin-status").getText()).contains("0 still pending");
    browser.visible("li.booking-card[data-id='" + second + "'][data-calendar='synced']");
    assertThat(server.booking(first).sync().needsSync()).isFalse();
    assertThat(server.booking(second).sync().needsSync()).isFalse();
  }

  @Test
  void givenEmail_adminSetsShowsAndClearsItsLimitOverride() {
    signIn(UiServer.ADMIN_KEY);
    browser.find("#limit-email").sendKeys("Vip@Example.com");
    browser.find("#limit-max").sendKeys("5");

    browser.find("#limit-set").click();
    browser.until(d -> browser.find("#limit-result").getText().contains("may book 5"));
    assertThat(server.repository.findLimitOverride("vip@example.com")).contains(5);

    browser.find("#limit-show").click();
    browser.until(d -> browser.find("#limit-result").getText().contains("may book 5"));

    browser.find("#limit-clear").click();
    browser.until(d -> browser.find("#limit-result").getText().contains("no override"));
    assertThat(server.repository.findLimitOverride("vip@example.com")).isEmpty();
  }

  @Test
  void givenWrongKey_thePageSaysSoAndKeepsNothing() {
    signIn("not-the-key");

    browser.until(d -> browser.find("#admin-key-error").getText().contains("not accepted"));
    assertThat(browser.find("#admin").isDisplayed()).isFalse();
    String stored = browser.script("return sessionStorage.getItem('booking.adminKey');");
    assertThat(stored).isNull();
  }

  private void signIn(String key) {
    browser.find("#admin-key").sendKeys(key);
    browser.find("#use-key").click();
  }

  /** A booking made while the calendar is down, then the calendar comes back. */
  private UUID flaggedBooking(String email) {
    server.calendar.failures().failWith(() -> IntegrationException.calendar("down", null));
    try {
      List<Instant> free = server.freeStarts(server.clock.instant(), 30);
      UiServer.Created created = server.book(email, free.get(nextSlot++ * 3), 30);
      browser.until(d -> server.booking(created.id()).sync().requiresManualCalendarSync());
      return created.id();
    } finally {
      server.calendar.failures().recover();
    }
  }
}
