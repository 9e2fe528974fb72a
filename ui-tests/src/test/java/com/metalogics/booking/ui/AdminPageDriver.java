package com.metalogics.booking.ui;

import java.util.List;
import java.util.UUID;
import org.openqa.selenium.WebElement;

/** What an admin does on the admin page, in Selenium terms. */
final class AdminPageDriver {

  private final Browser browser;

  AdminPageDriver(Browser browser) {
    this.browser = browser;
  }

  /** Opens the page signed out (the key lives in the tab's sessionStorage). */
  void openSignedOut(String base) {
    browser.open(base + "/admin");
    browser.script("sessionStorage.clear();");
    browser.open(base + "/admin");
  }

  void signIn(String key) {
    browser.find("#admin-key").sendKeys(key);
    browser.find("#use-key").click();
  }

  /** Signs in and waits for the first page of the list. */
  void signInAndAwaitList(String key) {
    signIn(key);
    awaitList();
  }

  /** Waits until the list has answered (rows, "no bookings", or an error). */
  void awaitList() {
    browser.until(
        d ->
            browser.findAll("#bookings-table[aria-busy]").isEmpty()
                && !browser.find("#list-status").getText().startsWith("Loading"));
  }

  /** Types a search and shows the bookings that match it. */
  void search(String text) {
    WebElement q = browser.find("#filter-q");
    q.clear();
    q.sendKeys(text);
    browser.find("#apply-filters").click();
    awaitList();
  }

  String row(UUID id) {
    return "#bookings tr[data-id='" + id + "']";
  }

  /** The booking ids of the shown rows, top to bottom. */
  List<String> rowIds() {
    return browser.findAll("#bookings tr").stream().map(r -> r.getAttribute("data-id")).toList();
  }

  List<String> names() {
    return browser.findAll("#bookings tr .name-cell").stream().map(WebElement::getText).toList();
  }

  /** The text a row shows for one integration, e.g. "Calendar: in sync". */
  String syncText(UUID id, String integration) {
    return browser.find(row(id) + " [data-sync='" + integration + "']").getText();
  }

  String syncState(UUID id, String integration) {
    return browser.find(row(id) + " [data-sync='" + integration + "']").getAttribute("data-state");
  }

  void clickAction(UUID id, String action) {
    browser.find(row(id) + " button[data-action='" + action + "']").click();
  }

  /** Clicks a column's sort button and waits for the sorted list. */
  void sortBy(String column) {
    browser.find("th[data-sort='" + column + "'] button").click();
    awaitList();
  }

  String ariaSort(String column) {
    return browser.find("th[data-sort='" + column + "']").getAttribute("aria-sort");
  }

  /** Sets a date field as the date picker would (typing dates depends on the locale). */
  void setDate(String id, String isoDate) {
    browser.script(
        "const f = document.getElementById(arguments[0]); f.value = arguments[1];", id, isoDate);
  }
}
