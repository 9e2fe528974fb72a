package com.metalogics.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The catalog page: an admin creates and edits event types and the schedule, and what the page
 * saved is what the API, the visitors' list and the slots then answer.
 */
class CatalogPageTest extends PageTestBase {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final String DEFAULT = "/api/admin/schedules/default";

  private CatalogPageDriver page;

  @BeforeEach
  void signedIn() {
    page = new CatalogPageDriver(browser);
    browser.viewport(1280, 900, false);
    page.openAndSignIn(server.base);
  }

  @Test
  void anAdminCreatesAnEventType_visitorsAreOfferedIt_andLaterSavesKeepTheNewVersion() {
    page.newEventType();
    page.type("t-slug", "consult");
    page.type("t-title", "Consultation");
    page.type("t-location", "Video call");
    page.type("t-description", "A first talk about your project.");
    page.type("t-duration-0", "45");
    browser.find("#t-add-duration").click();
    assertThat(browser.focused().getAttribute("id")).isEqualTo("t-duration-1");
    page.type("t-duration-1", "90");
    page.type("t-default", "45");
    page.type("t-before", "10");
    page.type("t-per-day", "3");
    new Select(browser.find("#t-schedule")).selectByValue("default");
    browser.screenshot("catalog-event-type", 1280, 900, false);

    page.save("type");

    assertThat(page.status("type")).contains("“consult”", "created, now at version 1");
    JsonNode offered = bySlug(server.publicGet("/api/event-types"), "consult");
    assertThat(offered.path("title").asText()).isEqualTo("Consultation");
    assertThat(offered.path("location").asText()).isEqualTo("Video call");
    assertThat(offered.path("durations")).extracting(JsonNode::asInt).containsExactly(45, 90);
    assertThat(offered.path("defaultDuration").asInt()).isEqualTo(45);
    JsonNode stored = server.adminGet("/api/admin/event-types/consult");
    assertThat(stored.path("bufferBefore").asInt()).isEqualTo(10);
    assertThat(stored.path("limits").path("perDay").asInt()).isEqualTo(3);
    assertThat(stored.path("limits").has("perWeek")).isFalse();
    assertThat(stored.path("scheduleId").asText()).isEqualTo("default");
    assertThat(stored.path("hosts")).extracting(JsonNode::asText).containsExactly("owner");
    assertThat(browser.findAll("#types tr[data-slug='consult']")).hasSize(1);
    assertThat(browser.find("#t-slug").getAttribute("readonly")).isNotNull();

    page.type("t-title", "Consultation call");
    browser.find("#t-active").click();
    page.save("type");

    assertThat(page.status("type")).contains("changed, now at version 2");
    stored = server.adminGet("/api/admin/event-types/consult");
    assertThat(stored.path("title").asText()).isEqualTo("Consultation call");
    assertThat(stored.path("active").asBoolean()).isFalse();
    assertThat(server.publicGet("/api/event-types"))
        .extracting(t -> t.path("slug").asText())
        .doesNotContain("consult");
  }

  @Test
  void anAdminAddsAHost_andMakesARoundRobinPoolOfTwo_withALimitPerHost() {
    page.newHost();
    page.type("h-id", "ann");
    page.type("h-name", "Ann Example");
    page.type("h-email", "ann@example.com");
    page.type("h-zone", "America/New_York");
    page.type("h-owner", "4711");
    page.type("h-weight", "3");
    assertThat(page.accessibilityProblems()).isEmpty();

    page.save("host");

    assertThat(page.status("host")).contains("“ann”", "created, now at version 1");
    JsonNode host = server.adminGet("/api/admin/hosts/ann");
    assertThat(host.path("hubspotOwnerId").asText()).isEqualTo("4711");
    assertThat(host.path("weight").asInt()).isEqualTo(3);
    assertThat(host.path("scheduleId").asText()).isEqualTo("default");
    assertThat(browser.findAll("#hosts tr[data-id='ann']")).hasSize(1);

    page.newEventType();
    page.type("t-slug", "sales");
    page.type("t-title", "Sales call");
    page.type("t-duration-0", "30");
    new Select(browser.find("#t-assignment")).selectByValue("ROUND_ROBIN");
    for (var box : browser.findAll("#t-host-list input")) {
      if (!box.isSelected()) {
        box.click();
      }
    }
    page.type("t-host-per-day", "4");
    page.save("type");

    assertThat(page.status("type")).contains("created, now at version 1");
    JsonNode type = server.adminGet("/api/admin/event-types/sales");
    assertThat(type.path("assignment").asText()).isEqualTo("ROUND_ROBIN");
    assertThat(type.path("hosts")).extracting(JsonNode::asText).containsExactly("ann", "owner");
    assertThat(type.path("hostLimits").path("perDay").asInt()).isEqualTo(4);
  }

  @Test
  void anAdminEditsATypesReminders_andTheApiHoldsThem() {
    page.newEventType();
    page.type("t-slug", "reminded");
    page.type("t-title", "Reminded call");
    assertThat(browser.find("#t-reminder-0-minutes").getAttribute("value")).isEqualTo("1440");
    browser.find("#t-reminder-add").click();
    assertThat(browser.focused().getAttribute("id")).isEqualTo("t-reminder-1-minutes");
    new Select(browser.find("#t-reminder-1-channel")).selectByValue("SMS");
    page.type("t-reminder-1-minutes", "60");
    browser.find("#t-calendar-reminder-add").click();
    page.type("t-calendar-reminder-0-minutes", "15");
    browser.screenshot("catalog-reminders", 1280, 900, false);

    page.save("type");

    assertThat(page.status("type")).contains("created, now at version 1");
    JsonNode stored = server.adminGet("/api/admin/event-types/reminded");
    assertThat(stored.path("reminders").toString())
        .isEqualTo(
            "[{\"channel\":\"EMAIL\",\"offsetMinutes\":1440},"
                + "{\"channel\":\"SMS\",\"offsetMinutes\":60}]");
    assertThat(stored.path("calendarReminders").toString())
        .isEqualTo("[{\"method\":\"popup\",\"minutes\":15}]");

    browser.find("#t-reminder-0 button").click();
    page.type("t-reminder-0-minutes", "0");
    page.save("type");

    assertThat(browser.find("#t-reminder-0-minutes-error").getText()).contains("1 to 40320");
    browser.find("#t-reminder-0 button").click();
    page.save("type");
    assertThat(page.status("type")).contains("changed, now at version 2");
    assertThat(server.adminGet("/api/admin/event-types/reminded").path("reminders")).isEmpty();
  }

  @Test
  void withBothEditorsOpenAndRowsAdded_everyInputIsLabelled_andEveryIdIsUnique() {
    page.newEventType();
    browser.find("#t-add-duration").click();
    browser.find("#t-reminder-add").click();
    browser.find("#t-calendar-reminder-add").click();
    page.editSchedule("default");
    page.addRange("w-SATURDAY", "10:00", "12:00");
    int o = page.addOverride();
    page.addRange("o-" + o + "-r", "09:00", "10:00");
    page.addBlackout();

    assertThat(page.accessibilityProblems()).isEmpty();
    assertThat(browser.findAll("#w-SATURDAY-group > legend"))
        .extracting(l -> l.getText())
        .containsExactly("Saturday");
    assertThat(browser.find("#w-SATURDAY-0 button").getAttribute("textContent").trim())
        .isEqualTo("Remove Saturday, range 1");
  }

  @Test
  void anEventTypeWithBadFields_showsEachMessageAtItsInput_andNothingIsSaved() {
    page.newEventType();
    page.type("t-slug", "Bad Slug");
    page.save("type");
    assertThat(browser.find("#t-slug-error").getText())
        .isEqualTo("Slug must be 1 to 64 of a-z, 0-9 and -.");

    page.type("t-slug", "broken");
    page.type("t-duration-0", "abc");
    page.type("t-before", "721");
    page.save("type");

    assertThat(browser.focused().getAttribute("id")).isEqualTo("type-summary");
    assertThat(browser.find("#t-title-error").getText()).isEqualTo("Title is required.");
    assertThat(browser.find("#t-duration-0-error").getText())
        .isEqualTo("Duration 1 must be a whole number.");
    assertThat(browser.find("#t-before-error").getText()).startsWith("Buffer before");
    for (String id : List.of("t-title", "t-duration-0", "t-before")) {
      assertThat(browser.find("#" + id).getAttribute("aria-invalid")).as(id).isEqualTo("true");
    }
    assertThat(browser.findAll("#type-summary li a"))
        .extracting(a -> a.getAttribute("href").replaceAll(".*#", ""))
        .contains("t-title", "t-duration-0", "t-before");
    assertThat(browser.find("#t-slug-error").isDisplayed()).isFalse();
    assertThat(server.adminGet("/api/admin/event-types"))
        .extracting(t -> t.path("slug").asText())
        .doesNotContain("broken");
  }

  @Test
  void anAdminGivesMondayTwoRanges_addsAnOverrideAndABlackout_andTheSlotsFollow() {
    LocalDate today = server.clock.instant().atZone(NEW_YORK).toLocalDate();
    LocalDate blackout = weekdayFrom(today.plusDays(3));
    LocalDate override = weekdayFrom(blackout.plusDays(1));
    assertThat(startsOn(blackout)).isNotEmpty();
    long version = server.adminGet(DEFAULT).path("version").asLong();
    page.editSchedule("default");

    while (page.rangeCount("w-MONDAY") > 1) {
      page.removeRange("w-MONDAY", page.rangeCount("w-MONDAY") - 1);
    }
    page.type("w-MONDAY-0-from", "09:00");
    page.type("w-MONDAY-0-to", "12:00");
    page.addRange("w-MONDAY", "13:00", "17:00");
    int o = page.addOverride();
    page.setDate("o-" + o + "-date", override.toString());
    page.addRange("o-" + o + "-r", "10:00", "11:00");
    int b = page.addBlackout();
    page.setDate("b-" + b + "-from", blackout.toString());
    page.setDate("b-" + b + "-to", blackout.toString());
    page.type("b-" + b + "-reason", "Team day");
    browser.screenshot("catalog-schedule-desktop", 1280, 900, false);
    browser.screenshot("catalog-schedule-phone", 390, 844, true);
    browser.viewport(1280, 900, false);

    page.save("schedule");

    assertThat(page.status("schedule")).contains("changed, now at version " + (version + 1));
    JsonNode saved = server.adminGet(DEFAULT);
    assertThat(saved.path("weekly").path("MONDAY").toString())
        .isEqualTo("[{\"from\":\"09:00\",\"to\":\"12:00\"},{\"from\":\"13:00\",\"to\":\"17:00\"}]");
    assertThat(saved.path("overrides").toString())
        .contains(
            "{\"date\":\"%s\",\"ranges\":[{\"from\":\"10:00\",\"to\":\"11:00\"}]}"
                .formatted(override));
    assertThat(saved.path("blackouts").toString())
        .contains(
            "{\"from\":\"%s\",\"to\":\"%s\",\"reason\":\"Team day\"}"
                .formatted(blackout, blackout));
    assertThat(startsOn(blackout)).isEmpty();
    assertThat(startsOn(override))
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t).isBetween(LocalTime.of(10, 0), LocalTime.of(10, 30)));
    List<ZonedDateTime> mondays =
        server.freeStarts(server.clock.instant(), 30).stream()
            .map(s -> s.atZone(NEW_YORK))
            .filter(s -> s.getDayOfWeek() == DayOfWeek.MONDAY)
            .filter(s -> !s.toLocalDate().equals(override))
            .toList();
    assertThat(mondays).isNotEmpty();
    assertThat(mondays)
        .noneMatch(s -> !s.toLocalTime().isBefore(LocalTime.NOON) && s.getHour() < 13);
    assertThat(browser.consoleLines())
        .noneMatch(l -> l.contains("Content Security Policy") || l.contains("Uncaught"));
  }

  @Test
  void aReversedRange_isNamedAtThatRange_andNothingIsSaved() {
    JsonNode before = server.adminGet(DEFAULT);
    page.editSchedule("default");
    page.type("w-TUESDAY-0-from", "17:00");
    page.type("w-TUESDAY-0-to", "09:00");

    page.save("schedule");

    assertThat(browser.focused().getAttribute("id")).isEqualTo("schedule-summary");
    assertThat(browser.find("#w-TUESDAY-0-error").getText())
        .isEqualTo("From 17:00 must be before to 09:00.");
    assertThat(browser.find("#w-TUESDAY-0-from").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.find("#w-TUESDAY-0-to").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.find("#w-MONDAY-0-from").getAttribute("aria-invalid")).isNull();
    assertThat(browser.find("#schedule-summary li").getText())
        .isEqualTo("Tuesday, range 1: from 17:00 must be before to 09:00");
    browser.find("#schedule-summary li a").click();
    assertThat(browser.focused().getAttribute("id")).isEqualTo("w-TUESDAY-0-from");
    assertThat(server.adminGet(DEFAULT)).isEqualTo(before);
  }

  @Test
  void whenSomeoneElseSavedMeanwhile_theConflictIsSaid_andReloadShowsTheirVersion() {
    page.editSchedule("default");
    page.type("s-name", "Mine");
    ObjectNode theirs = (ObjectNode) server.adminGet(DEFAULT);
    theirs.put("name", "Changed elsewhere");
    long now = server.adminPut(DEFAULT, theirs).path("version").asLong();

    page.save("schedule");

    assertThat(browser.focused().getAttribute("id")).isEqualTo("schedule-conflict");
    assertThat(browser.find("#schedule-conflict-text").getText())
        .startsWith("Someone else changed this schedule")
        .contains("version " + now, "Nothing was saved");
    assertThat(server.adminGet(DEFAULT).path("name").asText()).isEqualTo("Changed elsewhere");

    browser.find("#schedule-reload").click();
    browser.until(d -> "Changed elsewhere".equals(browser.find("#s-name").getAttribute("value")));
    assertThat(page.status("schedule")).contains("Reloaded", "version " + now);
    page.type("s-name", "Mine");
    page.save("schedule");
    assertThat(page.status("schedule")).contains("now at version " + (now + 1));
    assertThat(server.adminGet(DEFAULT).path("name").asText()).isEqualTo("Mine");
  }

  @Test
  void anIcsFileIsImportedAsBlackouts_andTheFormShowsThem() throws IOException {
    LocalDate day = server.clock.instant().atZone(NEW_YORK).toLocalDate().plusDays(20);
    String date = day.format(DateTimeFormatter.BASIC_ISO_DATE);
    String next = day.plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE);
    Path ics = Files.createTempFile(Path.of("target"), "holiday", ".ics");
    Files.writeString(
        ics,
        String.join(
            "\r\n",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//ui-test//EN",
            "BEGIN:VEVENT",
            "UID:holiday@example.com",
            "DTSTAMP:20260101T000000Z",
            "DTSTART;VALUE=DATE:" + date,
            "DTEND;VALUE=DATE:" + next,
            "SUMMARY:Founders' day",
            "END:VEVENT",
            "END:VCALENDAR",
            ""));
    page.editSchedule("default");

    page.chooseFile("ics-file", ics);
    browser.find("#import-blackouts").click();

    browser.until(d -> browser.find("#import-status").getText().startsWith("Imported 1 event "));
    assertThat(server.adminGet(DEFAULT).path("blackouts").toString())
        .contains(
            "{\"from\":\"%s\",\"to\":\"%s\",\"reason\":\"Founders' day\"}".formatted(day, day));
    assertThat(browser.findAll("#s-blackouts input[type='date']"))
        .extracting(i -> i.getAttribute("value"))
        .contains(day.toString());
  }

  private static JsonNode bySlug(JsonNode types, String slug) {
    return StreamSupport.stream(types.spliterator(), false)
        .filter(t -> slug.equals(t.path("slug").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(slug + " is not listed: " + types));
  }

  private static LocalDate weekdayFrom(LocalDate date) {
    LocalDate day = date;
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** The local start times the API offers for 30 minutes on {@code date} in New York. */
  private List<LocalTime> startsOn(LocalDate date) {
    return server.freeStarts(server.clock.instant(), 30).stream()
        .map(s -> s.atZone(NEW_YORK))
        .filter(s -> s.toLocalDate().equals(date))
        .map(ZonedDateTime::toLocalTime)
        .toList();
  }
}
