package com.metalogics.booking.ui;

import java.time.Instant;
import java.util.List;
import org.openqa.selenium.WebElement;

/** What a visitor does with the month calendar and the day's times, in Selenium terms. */
final class MonthPickerDriver {

  private final Browser browser;

  MonthPickerDriver(Browser browser) {
    this.browser = browser;
  }

  /** Waits until the month's answer is shown (its free days, or "none this month"). */
  MonthPickerDriver awaitMonth() {
    browser.until(
        d ->
            browser.findAll("#picker[aria-busy]").isEmpty()
                && !browser.findAll("#slots-status").isEmpty()
                && !browser.find("#slots-status").getText().isBlank());
    return this;
  }

  /** Waits for the month, then moves on month by month (at most three) until a time shows. */
  MonthPickerDriver awaitMonthWithSlots() {
    awaitMonth();
    for (int i = 0; i < 3 && offered().isEmpty(); i++) {
      browser.find("#next-month").click();
      awaitMonth();
    }
    return this;
  }

  List<String> freeDays() {
    return browser.findAll("#calendar button.cal-day.free").stream()
        .map(b -> b.getAttribute("data-date"))
        .toList();
  }

  /** The day whose times are listed (yyyy-mm-dd). */
  String chosenDay() {
    return browser.find("#calendar button[aria-pressed=true]").getAttribute("data-date");
  }

  void chooseDay(String date) {
    browser.find("#calendar button[data-date='" + date + "']").click();
  }

  List<WebElement> slotInputs() {
    return browser.findAll("#slot input[name=slot]");
  }

  /** The chosen day's free starts. */
  List<Instant> offered() {
    return slotInputs().stream().map(i -> Instant.parse(i.getAttribute("value"))).toList();
  }

  /** Picks a time of the chosen day by clicking its label, as a mouse user does. */
  void choose(Instant start) {
    WebElement input =
        slotInputs().stream()
            .filter(i -> Instant.parse(i.getAttribute("value")).equals(start))
            .findFirst()
            .orElseThrow(() -> new AssertionError(start + " is not offered: " + offered()));
    browser.find("label[for='" + input.getAttribute("id") + "']").click();
  }

  /** The label a time shows, e.g. "10:00". */
  String label(Instant start) {
    return browser.find("label[for='slot-" + start.toEpochMilli() + "']").getText();
  }
}
