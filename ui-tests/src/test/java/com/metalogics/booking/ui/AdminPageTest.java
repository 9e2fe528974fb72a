package com.metalogics.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.SyncStatus;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** The admin page: the key, sync state and sync now, limit overrides, integrations off. */
class AdminPageTest extends PageTestBase {

  private AdminPageDriver page;

  @BeforeEach
  void signedOut() {
    page = new AdminPageDriver(browser);
    browser.timeZone("UTC");
    browser.viewport(1280, 900, false);
    page.openSignedOut(server.base);
  }

  @Test
  void givenCalendarDownAtBooking_adminSeesItFailed_andSyncNowSaysWhatItDidInAdminWords() {
    UUID id = flaggedBooking("Flagged Person", "flagged@example.com");
    page.signInAndAwaitList(UiServer.ADMIN_KEY);
    new Select(browser.find("#filter-needs-sync")).selectByValue("true");
    page.search("flagged@example.com");
    assertThat(page.syncState(id, "calendar")).isEqualTo("failed");
    assertThat(page.syncText(id, "calendar"))
        .isEqualTo("Calendar: failed, the sync worker retries");
    assertThat(page.syncText(id, "crm")).isEqualTo("CRM: in sync");
    browser.screenshot("admin-desktop", 1280, 900, false);
    browser.screenshot("admin-phone", 390, 844, true);
    browser.viewport(1280, 900, false);

    page.clickAction(id, "sync");

    browser.until(d -> "synced".equals(page.syncState(id, "calendar")));
    assertThat(browser.find(page.row(id) + " .row-result").getText())
        .isEqualTo("Sync complete. Calendar, CRM and E-mail: in sync.")
        .doesNotContain("shortly", "Your meeting");
    assertThat(browser.focused().getAttribute("data-action")).isEqualTo("sync");
    assertThat(server.booking(id).sync().calendar()).isEqualTo(SyncStatus.SYNCED);
  }

  @Test
  void givenSeveralFlaggedBookings_syncAllClearsThemAndSaysWhatItDid() {
    UUID first = flaggedBooking("One Flagged", "one@example.com");
    UUID second = flaggedBooking("Two Flagged", "two@example.com");
    server.clock.advance(Duration.ofHours(1));
    page.signInAndAwaitList(UiServer.ADMIN_KEY);
    page.search("flagged");
    assertThat(page.syncState(first, "calendar")).isEqualTo("failed");

    browser.find("#sync-all").click();

    browser.until(d -> browser.find("#admin-status").getText().startsWith("Sync run finished"));
    assertThat(browser.find("#admin-status").getText()).contains("0 still pending");
    browser.until(d -> "synced".equals(page.syncState(second, "calendar")));
    assertThat(server.booking(first).sync().needsSync()).isFalse();
    assertThat(server.booking(second).sync().needsSync()).isFalse();
  }

  @Test
  void givenIntegrationsOff_theListShowsThemDisabled_andNothingNeedsSync_cancelledOnesNeither() {
    try (UiServer off = new UiServer(false)) {
      UiServer.Created kept = off.book("Kept Off", "kept@example.com", off.firstFreeStart(), 30);
      UiServer.Created gone = off.book("Gone Off", "gone@example.com", off.firstFreeStart(), 30);
      off.cancel(gone);
      page.openSignedOut(off.base);
      page.signInAndAwaitList(UiServer.ADMIN_KEY);

      for (UUID id : new UUID[] {kept.id(), gone.id()}) {
        for (String integration : new String[] {"calendar", "crm", "email"}) {
          assertThat(page.syncState(id, integration)).isEqualTo("disabled");
        }
      }
      assertThat(page.syncText(kept.id(), "crm")).isEqualTo("CRM: disabled");
      browser.screenshot("admin-integrations-off", 1280, 900, false);
      new Select(browser.find("#filter-needs-sync")).selectByValue("true");
      browser.find("#apply-filters").click();
      page.awaitList();
      assertThat(browser.find("#list-status").getText()).isEqualTo("No bookings match.");

      browser.find("#sync-all").click();
      browser.until(d -> browser.find("#admin-status").getText().startsWith("Sync run finished"));
      assertThat(browser.find("#admin-status").getText())
          .contains("0 attempted", "Nothing was due");
    }
  }

  @Test
  void givenEmail_adminSetsShowsAndClearsItsLimitOverride_zeroIncluded() {
    page.signInAndAwaitList(UiServer.ADMIN_KEY);
    browser.find("#limit-email").sendKeys("Vip@Example.com");
    browser.find("#limit-max").sendKeys("5");

    browser.find("#limit-set").click();
    browser.until(d -> browser.find("#limit-result").getText().contains("may book 5"));
    assertThat(server.repository.findLimitOverride("vip@example.com")).contains(5);
    browser.find("#limit-show").click();
    browser.until(d -> browser.find("#limit-result").getText().contains("may book 5"));

    browser.find("#limit-max").clear();
    browser.find("#limit-max").sendKeys("0");
    browser.find("#limit-set").click();
    browser.until(d -> browser.find("#limit-result").getText().contains("may not book at all"));
    assertThat(server.repository.findLimitOverride("vip@example.com")).contains(0);

    browser.find("#limit-clear").click();
    browser.until(d -> browser.find("#limit-result").getText().contains("no override"));
    assertThat(server.repository.findLimitOverride("vip@example.com")).isEmpty();
  }

  @Test
  void givenBadLimitInput_theErrorsAreWordsAtTheirFields() {
    page.signInAndAwaitList(UiServer.ADMIN_KEY);
    browser.find("#limit-email").sendKeys("someone@example.com");
    browser.find("#limit-max").sendKeys("-1");

    browser.find("#limit-set").click();

    assertThat(browser.visible("#limit-max-error").getText())
        .isEqualTo("Please enter a whole number from 0 to 10000.");
    assertThat(browser.find("#limit-max").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.focused().getAttribute("id")).isEqualTo("limit-max");

    browser.find("#limit-email").clear();
    browser.find("#limit-email").sendKeys("not-an-address");
    browser.find("#limit-max").clear();
    browser.find("#limit-max").sendKeys("3");
    browser.find("#limit-set").click();

    browser.until(d -> !browser.find("#limit-email-error").getText().isBlank());
    assertThat(browser.find("#limit-email-error").getText())
        .isEqualTo("E-mail is not a valid e-mail address.");
    assertThat(browser.find("#limit-max-error").isDisplayed()).isFalse();
    assertThat(browser.focused().getAttribute("id")).isEqualTo("limit-email");
  }

  @Test
  void givenWrongKey_thePageSaysSoAndKeepsNothing() {
    page.signIn("not-the-key");

    browser.until(d -> browser.find("#admin-key-error").getText().contains("not accepted"));
    assertThat(browser.find("#admin").isDisplayed()).isFalse();
    String stored = browser.script("return sessionStorage.getItem('booking.adminKey');");
    assertThat(stored).isNull();
  }

  /** A booking made while the calendar is down, then the calendar comes back. */
  private UUID flaggedBooking(String name, String email) {
    server.calendar.failures().failWith(() -> IntegrationException.calendar("down", null));
    try {
      UiServer.Created created = server.book(name, email, server.firstFreeStart(), 30);
      browser.until(d -> server.booking(created.id()).sync().calendar() == SyncStatus.FAILED);
      return created.id();
    } finally {
      server.calendar.failures().recover();
    }
  }
}
