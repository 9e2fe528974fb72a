package com.metalogics.booking.ui;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.WebElement;

/** What an admin does on the catalog page (event types, hosts, schedules), in Selenium terms. */
final class CatalogPageDriver {

  private final Browser browser;

  CatalogPageDriver(Browser browser) {
    this.browser = browser;
  }

  /** Opens the page signed out, signs in and waits for both lists. */
  void openAndSignIn(String base) {
    browser.open(base + "/admin/catalog");
    browser.script("sessionStorage.clear();");
    browser.open(base + "/admin/catalog");
    browser.find("#admin-key").sendKeys(UiServer.ADMIN_KEY);
    browser.find("#use-key").click();
    browser.until(
        d ->
            !browser.findAll("#types tr").isEmpty() && !browser.findAll("#schedules tr").isEmpty());
  }

  void newEventType() {
    browser.find("#new-type").click();
    browser.visible("#type-form");
  }

  void newHost() {
    browser.find("#new-host").click();
    browser.visible("#host-form");
  }

  void editSchedule(String id) {
    browser.find("#schedules tr[data-id='" + id + "'] button[data-edit]").click();
    browser.until(d -> browser.find("#s-id").getAttribute("value").equals(id));
  }

  /** Replaces what an input holds with {@code text}. */
  void type(String id, String text) {
    WebElement input = browser.find("#" + id);
    input.clear();
    input.sendKeys(text);
  }

  /** Sets a date field as the date picker would (typing dates depends on the locale). */
  void setDate(String id, String isoDate) {
    browser.script("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
  }

  /** The ranges a weekday's list shows. */
  int rangeCount(String listId) {
    return browser.findAll("#" + listId + " fieldset.range").size();
  }

  /** Adds a range to the list {@code listId} and types it; returns its index. */
  int addRange(String listId, String from, String to) {
    browser.find("#" + listId + " + .field-error + button[data-action='add-range']").click();
    int index = rangeCount(listId) - 1;
    type(listId + "-" + index + "-from", from);
    type(listId + "-" + index + "-to", to);
    return index;
  }

  void removeRange(String listId, int index) {
    browser.find("#" + listId + "-" + index + " button[data-action='remove-range']").click();
  }

  /** Adds a date override and returns its index. */
  int addOverride() {
    browser.find("#s-add-override").click();
    return browser.findAll("#s-overrides fieldset.override").size() - 1;
  }

  /** Adds a blackout and returns its index. */
  int addBlackout() {
    browser.find("#s-add-blackout").click();
    return browser.findAll("#s-blackouts fieldset.blackout").size() - 1;
  }

  /** Saves the open editor ({@code type}, {@code host} or {@code schedule}) and waits. */
  void save(String editor) {
    browser.find("#" + editor + "-save").click();
    browser.until(
        d ->
            browser.find("#" + editor + "-status").getText().startsWith("Saved")
                || browser.find("#" + editor + "-summary").isDisplayed()
                || browser.find("#" + editor + "-conflict").isDisplayed());
  }

  String status(String editor) {
    return browser.find("#" + editor + "-status").getText();
  }

  /**
   * What a screen reader would miss on the page as it stands: inputs without a label, buttons
   * without a name, ids used twice, descriptions that point at nothing.
   */
  List<String> accessibilityProblems() {
    return browser.script(
        """
        const problems = [];
        for (const input of document.querySelectorAll('input, select, textarea')) {
          if (input.labels.length === 0) problems.push('no label: #' + input.id);
        }
        for (const button of document.querySelectorAll('button')) {
          if (!button.textContent.trim()) problems.push('no name: button #' + button.id);
        }
        const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
        ids.filter((id, i) => ids.indexOf(id) !== i).forEach((id) => problems.push('twice: #' + id));
        for (const node of document.querySelectorAll('[aria-describedby]')) {
          for (const id of node.getAttribute('aria-describedby').split(/\\s+/)) {
            if (!document.getElementById(id)) problems.push('describedby nothing: #' + id);
          }
        }
        for (const fieldset of document.querySelectorAll('fieldset')) {
          if (!fieldset.querySelector(':scope > legend')) problems.push('no legend: #' + fieldset.id);
        }
        return problems;
        """);
  }

  void chooseFile(String inputId, Path file) {
    browser.find("#" + inputId).sendKeys(file.toAbsolutePath().toString());
  }
}
