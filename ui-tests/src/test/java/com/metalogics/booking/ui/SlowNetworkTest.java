package com.metalogics.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The booking page over a link with a 1.5 s round trip (Chromium's throttling). What is held: the
 * first useful view (the month with its free days marked) costs two API requests after the page's
 * own files, and placeholders, never "no free times", show while they travel. The time it took is
 * logged for the record, not asserted: this machine is shared and its timings mean little.
 */
class SlowNetworkTest extends PageTestBase {

  private static final Logger log = LoggerFactory.getLogger(SlowNetworkTest.class);
  private static final Duration ROUND_TRIP = Duration.ofMillis(1500);

  @Test
  void onASlowLink_theMonthAppearsAfterTwoApiRequests_withPlaceholdersMeanwhile() {
    browser.timeZone("Europe/Berlin");
    browser.viewport(390, 844, true);
    String day =
        server
            .firstFreeStart()
            .atZone(java.time.ZoneId.of("Europe/Berlin"))
            .toLocalDate()
            .toString();
    browser.slowLink(ROUND_TRIP);
    try {
      browser.open(server.base + "/book/meeting?duration=30&date=" + day);
      browser.until(Duration.ofSeconds(60), d -> !browser.findAll("#calendar").isEmpty());
      assertThat(browser.find("#picker").getText()).doesNotContain("No free times");
      browser.until(
          Duration.ofSeconds(60), d -> !browser.findAll("#calendar button.cal-day.free").isEmpty());

      List<String> files =
          browser.script(
              "return performance.getEntriesByType('resource')"
                  + ".filter((e) => e.name.includes('/assets/')).map((e) => e.name);");
      // With the event types' preload, at most six requests: one round of a browser's
      // connections to a host.
      assertThat(files).hasSizeLessThanOrEqualTo(5);
      List<Map<String, Object>> api =
          browser.script(
              "return performance.getEntriesByType('resource')"
                  + ".filter((e) => e.name.includes('/api/'))"
                  + ".map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd }));");
      Number shown = browser.script("return performance.now();");
      Number html =
          browser.script("return performance.getEntriesByType('navigation')[0].responseEnd;");
      assertThat(api).hasSizeBetween(2, 3);
      assertThat(api.get(0).get("name").toString()).contains("/api/event-types");
      assertThat(api.subList(1, api.size()))
          .allMatch(e -> e.get("name").toString().contains("/api/bookings/available-slots"));
      log.info(
          "slow link ({} ms per round trip): HTML at {} ms, month with free days by {} ms"
              + " ({} round trips after the HTML), page files {}, API requests {}",
          ROUND_TRIP.toMillis(),
          Math.round(html.doubleValue()),
          Math.round(shown.doubleValue()),
          String.format(
              java.util.Locale.ROOT,
              "%.2f",
              (shown.doubleValue() - html.doubleValue()) / ROUND_TRIP.toMillis()),
          files,
          api);
    } finally {
      browser.fastLink();
    }
  }
}
