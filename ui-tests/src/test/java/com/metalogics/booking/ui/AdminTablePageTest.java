package com.metalogics.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/** The admin's bookings table: sort, search, pages, the date check, cancel and reschedule. */
class AdminTablePageTest extends PageTestBase {

  private AdminPageDriver page;

  @BeforeEach
  void signedIn() {
    page = new AdminPageDriver(browser);
    browser.timeZone("UTC");
    browser.viewport(1280, 900, false);
    page.openSignedOut(server.base);
    page.signInAndAwaitList(UiServer.ADMIN_KEY);
  }

  @Test
  void clickingAColumnHeader_sortsByItBothWays_andMarksTheHeader() {
    String domain = "sort-" + UUID.randomUUID() + ".example";
    for (String name : List.of("bob Sorted", "Ada Sorted", "Cleo Sorted")) {
      server.book(name, name.substring(0, 3) + "@" + domain, server.firstFreeStart(), 30);
    }
    page.search(domain);
    assertThat(page.ariaSort("start")).isEqualTo("ascending");
    assertThat(page.names()).containsExactly("bob Sorted", "Ada Sorted", "Cleo Sorted");

    page.sortBy("name");
    assertThat(page.names()).containsExactly("Ada Sorted", "bob Sorted", "Cleo Sorted");
    assertThat(page.ariaSort("name")).isEqualTo("ascending");
    assertThat(page.ariaSort("start")).isNull();
    assertThat(browser.focused().getText()).isEqualTo("Name");

    browser.focused().sendKeys(Keys.ENTER);
    page.awaitList();
    browser.until(d -> "descending".equals(page.ariaSort("name")));
    assertThat(page.names()).containsExactly("Cleo Sorted", "bob Sorted", "Ada Sorted");
    assertThat(browser.find("#list-status").getText())
        .isEqualTo("Bookings 1–3 of 3, by name, Z to A. Page 1 of 1.");
    String when = browser.find("#bookings tr .when-cell").getText();
    assertThat(when).endsWith(" UTC");
    browser.screenshot("admin-table-sorted", 1280, 900, false);
  }

  @Test
  void pagingThroughASearch_keepsFocusOnThePager_andSaysWhereItIs() {
    String domain = "page-" + UUID.randomUUID() + ".example";
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String email = "p" + (char) ('a' + i) + "@" + domain;
      expected.add(server.book("Pager " + i, email, server.firstFreeStart(), 30).id().toString());
    }
    new Select(browser.find("#filter-limit")).selectByValue("10");
    page.search(domain.toUpperCase());
    assertThat(page.rowIds()).isEqualTo(expected.subList(0, 10));
    assertThat(browser.find("#prev-page").isEnabled()).isFalse();

    browser.find("#next-page").click();
    browser.until(d -> browser.find("#page-info").getText().equals("Page 2 of 2"));

    assertThat(page.rowIds()).isEqualTo(expected.subList(10, 12));
    assertThat(browser.find("#list-status").getText()).startsWith("Bookings 11–12 of 12");
    assertThat(browser.focused().getAttribute("id"))
        .as("the next button is spent, so focus moves to its neighbour")
        .isEqualTo("prev-page");
    browser.screenshot("admin-table-page-2", 1280, 900, false);

    browser.focused().sendKeys(Keys.ENTER);
    browser.until(d -> browser.find("#page-info").getText().equals("Page 1 of 2"));
    assertThat(page.rowIds()).isEqualTo(expected.subList(0, 10));
    assertThat(browser.focused().getAttribute("id")).isEqualTo("next-page");
  }

  @Test
  void aStartDateAfterTheEndDate_isRefusedAtTheField_beforeAnythingIsAsked() {
    page.setDate("filter-from", "2030-01-10");
    page.setDate("filter-to", "2030-01-09");

    browser.find("#apply-filters").click();

    assertThat(browser.visible("#filter-to-error").getText())
        .isEqualTo("The end date must not be before the start date.");
    assertThat(browser.find("#filter-to").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.focused().getAttribute("id")).isEqualTo("filter-to");

    page.setDate("filter-to", "2030-01-10");
    browser.find("#apply-filters").click();
    page.awaitList();
    assertThat(browser.find("#filter-to-error").isDisplayed()).isFalse();
  }

  @Test
  void theAdminCancelsFromTheList_withAReason_andTheMessageIsShownOnDemand() {
    UiServer.Created created =
        server.book("Cancel Me", "cancel-me@example.com", server.firstFreeStart(), 30);
    page.search("cancel-me@");
    String row = page.row(created.id());
    assertThat(browser.find(row + " .message-text").isDisplayed()).isFalse();
    browser.find(row + " details.message summary").click();
    assertThat(browser.visible(row + " .message-text").getText()).isEqualTo("Hello from Cancel Me");

    page.clickAction(created.id(), "cancel");
    browser.visible("#cancel-dialog");
    assertThat(browser.focused().getAttribute("id")).isEqualTo("cancel-reason");
    browser.focused().sendKeys("Double booked by phone");
    browser.screenshot("admin-cancel-dialog", 1280, 900, false);
    browser.find("#cancel-confirm").click();

    browser.until(d -> browser.find("#admin-status").getText().startsWith("Cancelled the booking"));
    assertThat(browser.find(row).getAttribute("data-status")).isEqualTo("cancelled");
    assertThat(browser.findAll(row + " button[data-action='cancel']")).isEmpty();
    assertThat(browser.focused().getAttribute("data-action")).isEqualTo("sync");
    Booking booking = server.booking(created.id());
    assertThat(booking.status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(booking.cancelReason()).contains("Double booked by phone");
  }

  @Test
  void theAdminReschedulesFromTheList_toATimeThePickerOffers() {
    UiServer.Created created =
        server.book("Move Me", "move-me@example.com", server.firstFreeStart(), 30);
    page.search("move-me@");

    page.clickAction(created.id(), "reschedule");
    browser.visible("#reschedule-dialog");
    picker.awaitWeekWithSlots();
    Instant target = picker.offered().get(picker.offered().size() - 1);
    picker.choose(target);
    browser.screenshot("admin-reschedule-dialog", 1280, 900, false);
    browser.find("#reschedule-confirm").click();

    browser.until(d -> browser.find("#admin-status").getText().startsWith("Moved the booking"));
    assertThat(browser.find("#reschedule-dialog").isDisplayed()).isFalse();
    assertThat(server.booking(created.id()).startTime()).isEqualTo(target);
    assertThat(browser.find(page.row(created.id()) + " time").getAttribute("datetime"))
        .isEqualTo(target.toString());
    assertThat(browser.consoleLines())
        .noneMatch(l -> l.contains("Content Security Policy") || l.contains("Uncaught"));
  }

  @Test
  void closingADialogWithEscape_keepsTheBooking_andFocusReturnsToItsButton() {
    UiServer.Created created =
        server.book("Keep Me", "keep-me@example.com", server.firstFreeStart(), 30);
    page.search("keep-me@");

    page.clickAction(created.id(), "cancel");
    browser.visible("#cancel-dialog");
    browser.focused().sendKeys(Keys.ESCAPE);

    browser.until(d -> !browser.find("#cancel-dialog").isDisplayed());
    assertThat(browser.focused().getAttribute("data-action")).isEqualTo("cancel");
    assertThat(server.booking(created.id()).status()).isEqualTo(BookingStatus.CONFIRMED);
  }
}
