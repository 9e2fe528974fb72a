package com.metalogics.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The insights page: key figures, charts with their tables, at desktop size and on a phone, with no
 * axe violations; and the booking page reading its lead source from its own address.
 */
class InsightsPageTest extends PageTestBase {

  @BeforeAll
  void history() {
    List<Instant> starts = server.freeStarts(server.clock.instant(), 30);
    server.book("Ada", "ada@example.com", starts.get(0), 30, "{\"utmSource\":\"newsletter\"}");
    server.book("Bob", "bob@example.com", starts.get(2), 30, "{\"utmSource\":\"newsletter\"}");
    server.book("Cy", "cy@example.com", starts.get(4), 30, "{\"referrer\":\"blog.example\"}");
    server.engine.countTraffic().pageViewed(java.util.Optional.empty(), "192.0.2.1", "a");
    server.engine.countTraffic().slotsSearched(java.util.Optional.empty(), "192.0.2.1", "a");
    server.engine.countTraffic().flush();
  }

  @Test
  void anAdminSeesTheFiguresChartsAndTables_onDesktopAndPhone_withoutAxeViolations() {
    browser.viewport(1280, 900, false);
    browser.open(server.base + "/admin/insights");
    browser.script("sessionStorage.clear();");
    browser.open(server.base + "/admin/insights");
    browser.find("#admin-key").sendKeys(UiServer.ADMIN_KEY);
    browser.find("#use-key").click();
    browser.visible("#kpis dd");

    Map<String, String> figures = figures();
    // Two visitors searched: the test's own and the server helper's search for free starts.
    assertThat(figures).containsEntry("Bookings", "3").containsEntry("Visitors", "2");
    assertThat(figures).containsEntry("Conversion", "150.0 %");
    assertThat(browser.findAll("svg[role='img']")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(browser.find("#trend-chart svg").getAttribute("aria-label"))
        .isEqualTo("Bookings and visitors per day");
    assertThat(browser.findAll("#times-chart rect.heat:not(.heat-0)")).hasSize(3);
    assertThat(browser.find("#sources-table tbody").getText())
        .contains("newsletter", "blog.example");
    assertThat(browser.find("#hosts-table tbody").getText()).contains("100.0 %");
    browser.screenshot("insights-desktop", 1280, 900, false);
    assertThat(Axe.violations(browser)).isEmpty();

    browser.viewport(390, 844, true);
    browser.screenshot("insights-phone", 390, 844, true);
    assertThat(Axe.violations(browser)).isEmpty();
    browser.viewport(1280, 900, false);
  }

  @Test
  void theBookingPage_readsUtmParametersAndTheReferrersHost_fromItsAddress() {
    browser.open(server.base + "/book/meeting?utm_source=ui-test&utm_campaign=spring&other=x");

    Object source =
        browser.script(
            "return import('/assets/source.js').then(m => JSON.stringify("
                + "m.leadSource(location.href, 'https://news.example.com/post')));");

    assertThat(source)
        .isEqualTo(
            "{\"utmSource\":\"ui-test\",\"utmCampaign\":\"spring\","
                + "\"referrer\":\"news.example.com\"}");
  }

  private Map<String, String> figures() {
    java.util.LinkedHashMap<String, String> figures = new java.util.LinkedHashMap<>();
    for (WebElement card : browser.findAll("#kpis div")) {
      figures.put(
          card.findElement(org.openqa.selenium.By.tagName("dt")).getText(),
          card.findElement(org.openqa.selenium.By.tagName("dd")).getText());
    }
    return figures;
  }
}
