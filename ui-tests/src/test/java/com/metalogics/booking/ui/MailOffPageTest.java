package com.metalogics.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The booking page of a service whose mail (and other integrations) are switched off. */
class MailOffPageTest extends PageTestBase {

  @Override
  UiServer newServer() {
    return new UiServer(false);
  }

  @Test
  void withMailSwitchedOff_theConfirmationPromisesNoEmail() {
    browser.timeZone("Europe/Berlin");
    browser.viewport(1280, 900, false);
    browser.open(server.base + "/");
    calendar.awaitMonthWithSlots();
    calendar.choose(calendar.offered().get(0));
    browser.find("#name").sendKeys("Ada Lovelace");
    browser.find("#email").sendKeys("ada@example.com");

    browser.find("#submit").click();

    assertThat(browser.visible("#confirmation-email").getText())
        .contains("do not send a confirmation e-mail");
    assertThat(browser.find("main").getText())
        .doesNotContainPattern(
            "(?i)(we have sent|on its way|you will (get|receive) a confirmation)");
  }
}
