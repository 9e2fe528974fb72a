package com.metalogics.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * A visitor far from the business zone (New York): the browser says Tokyo, the times read in Tokyo
 * time; searching the zone field for London re-reads them in London time; the clock switches
 * between 24 and 12 hours.
 */
class TimeZoneTest extends PageTestBase {

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  @BeforeEach
  void british() {
    browser.locale("en-GB");
  }

  @AfterEach
  void browsersOwnLocale() {
    browser.driver.executeCdpCommand("Emulation.setLocaleOverride", java.util.Map.of());
  }

  @Test
  void
      givenBrowserInTokyo_timesShowTokyoTimes_thenLondonTimesAfterSearching_andTheBookingKeepsTheZone() {
    browser.timeZone("Asia/Tokyo");
    browser.viewport(1280, 900, false);
    browser.open(server.base + "/");
    calendar.awaitMonthWithSlots();
    assertThat(browser.find("#zone").getAttribute("value")).contains("Tokyo", "(UTC+09:00)");
    assertLabelsIn(ZoneId.of("Asia/Tokyo"));

    browser.find("#zone").clear();
    browser.find("#zone").sendKeys("london", Keys.TAB);
    calendar.awaitMonthWithSlots();
    assertThat(browser.find("#zone").getAttribute("value")).contains("London", "(UTC+0");
    assertLabelsIn(ZoneId.of("Europe/London"));

    Instant start = calendar.offered().get(0);
    calendar.choose(start);
    assertThat(browser.find("#chosen-slot").getText())
        .contains(HH_MM.format(start.atZone(ZoneId.of("Europe/London"))), "London");
    browser.find("#name").sendKeys("Kenji Sato");
    browser.find("#email").sendKeys("kenji@example.com");
    browser.find("#submit").click();
    browser.visible("#confirmation");
    assertThat(browser.find("#confirmation-details").getText()).contains("New York");
    String link = browser.find("#manage-link").getAttribute("href");
    UUID id = UUID.fromString(link.replaceAll(".*/manage/([0-9a-f-]{36})#.*", "$1"));
    assertThat(server.booking(id).attendee().timeZone()).isEqualTo(ZoneId.of("Europe/London"));
  }

  @Test
  void anUnknownZone_isNamedAsAProblem_andTheTimesStayInTheirZone() {
    browser.timeZone("Europe/Berlin");
    browser.open(server.base + "/");
    calendar.awaitMonthWithSlots();

    browser.find("#zone").clear();
    browser.find("#zone").sendKeys("Atlantis", Keys.TAB);

    assertThat(browser.find("#zone").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.find("#zone-hint").getText()).contains("Atlantis");
    assertLabelsIn(ZoneId.of("Europe/Berlin"));
  }

  @Test
  void theClockFollowsTheLocale_andSwitchesTo12Hours() {
    browser.timeZone("Europe/Berlin");
    browser.open(server.base + "/");
    calendar.awaitMonthWithSlots();
    Instant start = calendar.offered().get(0);
    assertThat(browser.find("#clock-24").isSelected()).isTrue();
    assertThat(calendar.label(start))
        .isEqualTo(HH_MM.format(start.atZone(ZoneId.of("Europe/Berlin"))));

    browser.find("label[for='clock-12']").click();

    assertThat(calendar.label(start)).matches("\\d{1,2}:\\d{2}[\\s\\u202f]?[ap]m");
    browser.screenshot("booking-12-hours-desktop", 1280, 900, false);
  }

  @Test
  void anAmericanLocale_startsWith12Hours() {
    browser.locale("en-US");
    browser.timeZone("America/New_York");
    browser.open(server.base + "/");
    calendar.awaitMonthWithSlots();

    assertThat(browser.find("#clock-12").isSelected()).isTrue();
    assertThat(calendar.label(calendar.offered().get(0)))
        .matches("\\d{1,2}:\\d{2}[\\s\\u202f]?[AP]M");
  }

  private void assertLabelsIn(ZoneId zone) {
    List<Instant> offered = calendar.offered();
    assertThat(offered).isNotEmpty();
    for (Instant start : offered.subList(0, Math.min(6, offered.size()))) {
      assertThat(calendar.label(start)).isEqualTo(HH_MM.format(start.atZone(zone)));
      assertThat(calendar.chosenDay()).isEqualTo(LocalDate.ofInstant(start, zone).toString());
    }
  }
}
