package com.metalogics.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** axe-core on every state of the visitor's pages, at desktop size and at 390x844. */
class AccessibilityTest extends PageTestBase {

  private final List<String> problems = new ArrayList<>();

  @Test
  void everyStateOfTheVisitorsPages_hasNoViolations_onDesktopAndPhone() {
    browser.timeZone("Europe/Berlin");
    server.putEventType(
        "consult",
        """
        {"title": "Consultation", "location": "Phone", "durations": [45], "hosts": ["owner"]}
        """);
    browser.open(server.base + "/");
    browser.visible("#types");
    browser.script("document.body.append(document.createElement('input'));");
    assertThat(Axe.violations(browser)).as("axe finds an input without a label").isNotEmpty();
    browser.open(server.base + "/");
    browser.visible("#types");
    check("types");

    browser.open(server.base + "/book/no-such-type");
    browser.visible("#page-error");
    check("unknown type");

    try (AnswerGate gate = AnswerGate.install(browser, "available-slots")) {
      browser.open(server.base + "/book/meeting");
      calendar.awaitMonthWithSlots();
      check("month with times");
      gate.hold();
      browser.find("#next-month").click();
      gate.awaitWaiting();
      check("month loading");
      gate.release();
      calendar.awaitMonth();
    }

    browser.open(server.base + "/book/meeting?lang=de");
    calendar.awaitMonthWithSlots();
    browser.find("#submit").click();
    browser.visible("#error-summary");
    check("German, with errors");

    browser.open(server.base + "/book/meeting?duration=30");
    calendar.awaitMonthWithSlots();
    Instant start = calendar.offered().get(0);
    calendar.choose(start);
    browser.find("#name").sendKeys("Ada Lovelace");
    browser.find("#email").sendKeys("ada@example.com");
    browser.find("#submit").click();
    browser.visible("#confirmation");
    check("confirmation");

    UiServer.Created created = server.book("axe@example.com", server.firstFreeStart(), 30);
    browser.open(server.base + "/manage/" + created.id() + "#token=" + created.token());
    calendar.awaitMonthWithSlots();
    check("manage");
    browser.find("#cancel-start").click();
    check("manage, asked to cancel");
    browser.find("#cancel").click();
    browser.until(d -> browser.find("#booking-status").getText().equals("Cancelled"));
    check("manage, cancelled");

    // Only the fragment differs: without another page first, the browser would not reload.
    browser.open("about:blank");
    browser.open(server.base + "/manage/" + created.id() + "#token=wrong");
    browser.visible("#page-error");
    check("manage, wrong link");

    assertThat(problems).isEmpty();
  }

  /** The page as it is, at desktop size and on a phone. */
  private void check(String state) {
    browser.viewport(1280, 900, false);
    Axe.violations(browser).forEach(v -> problems.add(state + ", desktop: " + v));
    browser.viewport(390, 844, true);
    Axe.violations(browser).forEach(v -> problems.add(state + ", phone: " + v));
    browser.viewport(1280, 900, false);
  }
}
