package com.metalogics.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * A visitor far from the business zone (New York): the browser says Tokyo, the slots read in Tokyo
 * time; switching the zone select to London re-reads them in London time.
 */
class TimeZoneTest extends PageTestBase {

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  @Test
  void
      givenBrowserInTokyo_slotsShowTokyoTimes_thenLondonTimesAfterSwitching_andTheBookingKeepsTheZone() {
    browser.timeZone("Asia/Tokyo");
    browser.open(server.base + "/");
    picker.awaitWeekWithSlots();
    assertThat(new Select(browser.find("#zone")).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("Asia/Tokyo");
    assertThat(browser.find("#business-hours").getText()).contains("America/New York");
    assertLabelsIn(ZoneId.of("Asia/Tokyo"));

    new Select(browser.find("#zone")).selectByValue("Europe/London");
    picker.awaitWeekWithSlots();
    assertLabelsIn(ZoneId.of("Europe/London"));

    Instant start = picker.offered().get(0);
    picker.choose(start);
    assertThat(browser.find("#chosen-slot").getText())
        .contains(HH_MM.format(start.atZone(ZoneId.of("Europe/London"))), "(Europe/London)");
    browser.find("#name").sendKeys("Kenji Sato");
    browser.find("#email").sendKeys("kenji@example.com");
    browser.find("#submit").click();
    browser.visible("#confirmation");
    String link = browser.find("#manage-link").getText();
    UUID id = UUID.fromString(link.replaceAll(".*/manage/([0-9a-f-]{36})#.*", "$1"));
    assertThat(server.booking(id).attendee().timeZone()).isEqualTo(ZoneId.of("Europe/London"));
  }

  private void assertLabelsIn(ZoneId zone) {
    List<Instant> offered = picker.offered();
    assertThat(offered).isNotEmpty();
    for (Instant start : offered.subList(0, Math.min(6, offered.size()))) {
      assertThat(picker.label(start)).isEqualTo(HH_MM.format(start.atZone(zone)));
      assertThat(picker.day(start)).isEqualTo(LocalDate.ofInstant(start, zone).toString());
    }
  }
}
