package com.metalogics.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.Booking;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The booking page in a real browser against the real API. */
class BookingPageTest extends PageTestBase {

  private static final Pattern MANAGE_LINK =
      Pattern.compile("http://127\\.0\\.0\\.1:\\d+/manage/([0-9a-f-]{36})#token=(.+)");

  @BeforeEach
  void desktop() {
    browser.timeZone("Europe/Berlin");
    browser.viewport(1280, 900, false);
  }

  @Test
  void givenFreeSlot_whenVisitorBooks_thenConfirmationWithManageLinkAndSlotIsGone()
      throws Exception {
    browser.open(server.base + "/");
    calendar.awaitMonthWithSlots();
    Instant start = calendar.offered().get(0);
    calendar.choose(start);
    fillDetails("ada@example.com");
    browser.screenshot("booking-desktop", 1280, 900, false);
    browser.screenshot("booking-phone", 390, 844, true);
    browser.viewport(1280, 900, false);
    browser.find("#submit").click();

    browser.visible("#confirmation");
    assertThat(browser.focused().getAttribute("id")).isEqualTo("confirmation");
    String link = browser.find("#manage-link").getAttribute("href");
    Matcher manage = MANAGE_LINK.matcher(link);
    assertThat(manage.matches()).as(link).isTrue();
    Booking booking = server.booking(UUID.fromString(manage.group(1)));
    assertThat(booking.startTime()).isEqualTo(start);
    assertThat(booking.attendee().timeZone().getId()).isEqualTo("Europe/Berlin");
    assertThat(booking.attendee().company()).contains("Analytical Engines");
    assertThat(browser.find("#confirmation-email").getText()).contains("ada@example.com");
    assertThat(browser.find("#confirmation-details").getText())
        .contains("With", "Owner", "When", "Our time", "New York");
    assertThat(browser.find("#google-link").getAttribute("href"))
        .startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE")
        .contains("dates=" + icsStamp(start) + "%2F")
        .doesNotContain("token");
    assertThat(browser.find("#outlook-link").getAttribute("href"))
        .startsWith("https://outlook.live.com/calendar/0/deeplink/compose?")
        .doesNotContain("token");
    assertThat(browser.find("#confirmation").getText()).doesNotContain("#token=");
    browser.screenshot("booking-confirmation-desktop", 1280, 900, false);
    browser.screenshot("booking-confirmation-phone", 390, 844, true);
    browser.viewport(1280, 900, false);
    browser.driver.executeCdpCommand(
        "Browser.grantPermissions",
        Map.of(
            "origin",
            server.base,
            "permissions",
            List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    browser.find("#copy-link").click();
    assertThat(browser.visible("#copy-status").getText()).isEqualTo("The link is copied.");
    String copied =
        (String)
            browser.driver.executeAsyncScript(
                "const done = arguments[0]; navigator.clipboard.readText().then(done, () => done(''));");
    assertThat(copied).isEqualTo(link);
    browser.viewport(1280, 900, false);

    browser.find("#add-to-calendar").click();
    Path ics = browser.downloads.resolve("meeting.ics");
    browser.until(d -> Files.exists(ics));
    assertThat(Files.readString(ics))
        .contains(
            "BEGIN:VEVENT",
            "DTSTART:" + icsStamp(start),
            "UID:" + booking.id(),
            "ORGANIZER;CN=\"Owner\":invalid:nomail");

    browser.find("#book-another").click();
    calendar.awaitMonth();
    assertThat(calendar.offered()).isNotEmpty().doesNotContain(start);
    assertThat(browser.consoleLines()).noneMatch(l -> l.contains("Content Security Policy"));
    List<String> fetched =
        browser.script(
            "return performance.getEntriesByType('resource').map(e => e.name)"
                + ".concat([location.href]);");
    assertThat(fetched).allMatch(url -> url.startsWith(server.base));
  }

  @Test
  void givenSlotTakenBehindThePagesBack_whenVisitorBooksIt_thenMessageAtTheSlotAndWeekRefreshes() {
    browser.open(server.base + "/?duration=30");
    calendar.awaitMonthWithSlots();
    Instant start = calendar.offered().get(calendar.offered().size() - 1);
    calendar.choose(start);
    fillDetails("late@example.com");
    server.book("early@example.com", start, 30);

    browser.find("#submit").click();

    assertThat(browser.visible("#slot-error").getText())
        .containsAnyOf("just taken", "no longer free")
        .contains("Please choose another time");
    assertThat(browser.focused().getAttribute("id")).isEqualTo("error-summary");
    calendar.awaitMonth();
    assertThat(calendar.offered()).doesNotContain(start);
    assertThat(browser.find("#confirmation").isDisplayed()).isFalse();
  }

  @Test
  void givenEmptyForm_whenSubmitted_thenEveryProblemIsNamedAndFocusMovesToTheSummary() {
    browser.open(server.base + "/");
    calendar.awaitMonth();
    browser.find("#submit").click();

    assertThat(browser.visible("#error-summary").getText())
        .contains("Time: Please choose a time.", "Name: Please enter your name.");
    assertThat(browser.focused().getAttribute("id")).isEqualTo("error-summary");
    assertThat(browser.find("#name").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.find("#email-error").getText()).contains("e-mail address");
  }

  @Test
  void withTheKeyboardOnly_aVisitorMovesThroughTheMonthPicksADayAndATimeAndBooks() {
    browser.open(server.base + "/");
    calendar.awaitMonthWithSlots();
    String first = calendar.chosenDay();
    WebElement day = browser.find("#calendar button[data-date='" + first + "']");
    browser.script("arguments[0].focus();", day);
    Actions keys = new Actions(browser.driver);
    keys.sendKeys(Keys.ARROW_DOWN).perform();
    awaitFocusOn(LocalDate.parse(first).plusDays(7).toString());
    keys.sendKeys(Keys.ARROW_UP).perform();
    awaitFocusOn(first);
    keys.sendKeys(Keys.ARROW_RIGHT).perform();
    awaitFocusOn(LocalDate.parse(first).plusDays(1).toString());
    keys.sendKeys(Keys.ARROW_LEFT).perform();
    awaitFocusOn(first);
    keys.sendKeys(Keys.ENTER).perform();
    assertThat(calendar.chosenDay()).isEqualTo(first);

    keys.sendKeys(Keys.TAB).perform();
    assertThat(browser.focused().getAttribute("name")).isEqualTo("slot");
    keys.sendKeys(Keys.ARROW_DOWN, Keys.SPACE).perform();
    WebElement chosen = calendar.slotInputs().get(1);
    assertThat(chosen.isSelected()).isTrue();
    String outline =
        browser.script(
            "return getComputedStyle(document.querySelector(`label[for='${arguments[0]}']`))"
                + ".outlineStyle;",
            chosen.getAttribute("id"));
    assertThat(outline).isEqualTo("solid");

    keys.sendKeys(Keys.TAB).perform();
    assertThat(browser.focused().getAttribute("id")).isEqualTo("name");
    keys.sendKeys("Alan Turing", Keys.TAB, "alan@example.com", Keys.ENTER).perform();

    browser.visible("#confirmation");
    assertThat(browser.focused().getAttribute("id")).isEqualTo("confirmation");
  }

  @Test
  void givenAOneLetterTopLevelDomain_thePageAsksForARealAddress() {
    browser.open(server.base + "/");
    calendar.awaitMonthWithSlots();
    calendar.choose(calendar.offered().get(0));
    browser.find("#name").sendKeys("Ada Lovelace");
    browser.find("#email").sendKeys("a@b.c");

    browser.find("#submit").click();

    assertThat(browser.visible("#email-error").getText()).contains("name@example.com");
    assertThat(browser.find("#confirmation").isDisplayed()).isFalse();
  }

  @Test
  void onAPhone_pickingATimeAfterTheTimeError_clearsItAndBringsTheFormIntoView() {
    browser.viewport(390, 844, true);
    browser.open(server.base + "/");
    calendar.awaitMonthWithSlots();
    browser.find("#submit").click();
    browser.visible("#slot-error");

    calendar.choose(calendar.offered().get(0));

    assertThat(browser.find("#slot-error").isDisplayed()).isFalse();
    assertThat(browser.find("#error-summary").getText())
        .doesNotContain("choose a time")
        .contains("enter your name");
    Boolean formInView =
        browser.script(
            "const r = document.getElementById('name').getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= window.innerHeight;");
    assertThat(formInView).isTrue();

    browser.find("#name").sendKeys("Ada Lovelace");
    assertThat(browser.find("#name-error").isDisplayed()).isFalse();
    assertThat(browser.find("#error-summary").getText()).doesNotContain("enter your name");
  }

  @Test
  void whileTheNextMonthLoads_itsDaysShowPlaceholdersAndNoTimeOfTheOldMonthCanBePicked() {
    try (AnswerGate gate = AnswerGate.install(browser, "available-slots")) {
      browser.open(server.base + "/");
      calendar.awaitMonthWithSlots();
      gate.hold();

      browser.find("#next-month").click();
      gate.awaitWaiting();

      assertThat(calendar.slotInputs()).isEmpty();
      assertThat(calendar.freeDays()).isEmpty();
      assertThat(browser.findAll("#slot .skeleton")).isNotEmpty();
      assertThat(browser.find("#calendar").getAttribute("class")).contains("loading");
      assertThat(browser.find("#picker").getText()).doesNotContain("No free times");
      browser.screenshot("booking-loading-desktop", 1280, 900, false);
      browser.screenshot("booking-loading-phone", 390, 844, true);
      browser.viewport(1280, 900, false);
      gate.release();
      calendar.awaitMonth();
      assertThat(browser.findAll("#slot .skeleton")).isEmpty();
    }
  }

  @Test
  void inTheMonth_pageDownAndUpMoveByMonth_andHomeAndEndToTheWeeksEnds() {
    browser.open(server.base + "/");
    calendar.awaitMonthWithSlots();
    String first = calendar.chosenDay();
    LocalDate day = LocalDate.parse(first);
    browser.script(
        "arguments[0].focus();", browser.find("#calendar button[data-date='" + first + "']"));
    Actions keys = new Actions(browser.driver);

    keys.sendKeys(Keys.PAGE_DOWN).perform();
    LocalDate nextMonth = day.plusMonths(1);
    awaitFocusOn(nextMonth.toString());
    assertThat(browser.find("#month-label").getText())
        .contains(String.valueOf(nextMonth.getYear()));
    keys.sendKeys(Keys.PAGE_UP).perform();
    awaitFocusOn(first);
    // A key into another month loads that month first; a key pressed meanwhile may be lost. So each
    // is pressed only when its day is in this month (on a week that starts in the month before,
    // End is pressed from the chosen day itself).
    LocalDate monday = day.with(java.time.DayOfWeek.MONDAY);
    if (monday.getMonth() == day.getMonth()) {
      keys.sendKeys(Keys.HOME).perform();
      awaitFocusOn(monday.toString());
    }
    LocalDate sunday = day.with(java.time.DayOfWeek.SUNDAY);
    if (sunday.getMonth() == day.getMonth()) {
      keys.sendKeys(Keys.END).perform();
      awaitFocusOn(sunday.toString());
    }
  }

  @Test
  void onAPhone_thePageFitsWithoutSideways_scrolling() {
    browser.viewport(375, 812, true);
    browser.open(server.base + "/");
    calendar.awaitMonthWithSlots();
    Long overflow =
        browser.script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow).isLessThanOrEqualTo(0L);
  }

  /** Moving to another month loads it first: the focus arrives when its days are there. */
  private void awaitFocusOn(String date) {
    browser.until(d -> date.equals(browser.focused().getAttribute("data-date")));
  }

  private void fillDetails(String email) {
    browser.find("#name").sendKeys("Ada Lovelace");
    browser.find("#email").sendKeys(email);
    browser.find("#company").sendKeys("Analytical Engines");
    browser.find("#phone").sendKeys("+44 20 7946 0958");
    browser.find("#message").sendKeys("Notes on the engine.");
  }

  private static String icsStamp(Instant instant) {
    return instant.toString().replace("-", "").replace(":", "");
  }
}
