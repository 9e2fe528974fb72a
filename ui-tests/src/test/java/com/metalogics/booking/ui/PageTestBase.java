package com.metalogics.booking.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the page tests: one browser and one server per test class (starting Chrome is the slow
 * part), both closed after the class even when starting one of them failed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PageTestBase {

  UiServer server;
  Browser browser;
  SlotPickerDriver picker;
  MonthPickerDriver calendar;

  @BeforeAll
  void startBrowserAndServer() {
    browser = Browser.start();
    server = newServer();
    picker = new SlotPickerDriver(browser);
    calendar = new MonthPickerDriver(browser);
  }

  /** The server of the class's tests: integrations (calendar, CRM, mail) on unless overridden. */
  UiServer newServer() {
    return new UiServer();
  }

  @AfterAll
  void stopBrowserAndServer() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }
}
