package com.metalogics.booking.ui;

import java.time.Instant;
import java.util.List;
import org.openqa.selenium.WebElement;

/** What a visitor does with the slot picker, in Selenium terms. */
final class SlotPickerDriver {

  private final Browser browser;

  SlotPickerDriver(Browser browser) {
    this.browser = browser;
  }

  /** Waits until the week's answer is shown (free times or "none this week"). */
  SlotPickerDriver awaitWeek() {
    browser.until(
        d ->
            browser.findAll("#slot[aria-busy]").isEmpty()
                && !browser.find("#slots-status").getText().isBlank()
                && !browser.find("#slots-status").getText().startsWith("Loading"));
    return this;
  }

  /** Moves on week by week (at most four) until a free time shows. */
  SlotPickerDriver awaitWeekWithSlots() {
    awaitWeek();
    for (int i = 0; i < 4 && offered().isEmpty(); i++) {
      browser.find("#next-week").click();
      awaitWeek();
    }
    return this;
  }

  List<WebElement> slotInputs() {
    return browser.findAll("#slot input[name=slot]");
  }

  List<Instant> offered() {
    return slotInputs().stream().map(i -> Instant.parse(i.getAttribute("value"))).toList();
  }

  /** Picks a slot by clicking its label, as a mouse user does. */
  void choose(Instant start) {
    WebElement input =
        slotInputs().stream()
            .filter(i -> Instant.parse(i.getAttribute("value")).equals(start))
            .findFirst()
            .orElseThrow(() -> new AssertionError(start + " is not offered: " + offered()));
    browser.find("label[for='" + input.getAttribute("id") + "']").click();
  }

  /** The label a slot shows, e.g. "10:00". */
  String label(Instant start) {
    WebElement input = browser.find("#slot-" + start.toEpochMilli());
    return browser.find("label[for='" + input.getAttribute("id") + "']").getText();
  }

  /** The date (yyyy-mm-dd) of the day column that holds the slot. */
  String day(Instant start) {
    return browser.script(
        "return document.getElementById(arguments[0]).closest('fieldset.day').dataset.date;",
        "slot-" + start.toEpochMilli());
  }
}
