package com.metalogics.booking.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.Booking;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** Several event types: the list at the root, a page per type, and what its address preselects. */
class EventTypePagesTest extends PageTestBase {

  private static final String CONSULT =
      """
      {"title": "Consultation", "description": "Forty-five minutes on the phone",
       "location": "Phone", "durations": [45], "hosts": ["owner"]}
      """;

  @BeforeAll
  void twoTypes() {
    server.putEventType("consult", CONSULT);
  }

  @BeforeEach
  void desktop() {
    browser.timeZone("Europe/Berlin");
    browser.viewport(1280, 900, false);
  }

  @Test
  void givenSeveralTypes_theRootListsThem_andOnesLinkBooksIt_keepingTheUtmParameters() {
    browser.open(server.base + "/?utm_source=newsletter&utm_campaign=winter");
    String list = browser.visible("#types").getText();
    assertThat(list).contains("Consultation", "45 min", "Phone", "15 min, 30 min, 45 min, 60 min");
    browser.screenshot("types-desktop", 1280, 900, false);
    browser.screenshot("types-phone", 390, 844, true);
    browser.viewport(1280, 900, false);

    browser.find("#type-list a[href^='/book/consult']").click();

    browser.until(d -> browser.driver.getCurrentUrl().contains("/book/consult"));
    assertThat(browser.driver.getCurrentUrl())
        .endsWith("/book/consult?utm_source=newsletter&utm_campaign=winter");
    assertThat(browser.visible("#page-title").getText()).isEqualTo("Consultation");
    calendar.awaitMonthWithSlots();
    assertThat(browser.find(".duration-only").getText()).contains("45 min");
    Instant start = calendar.offered().get(0);
    calendar.choose(start);
    browser.find("#name").sendKeys("Ada Lovelace");
    browser.find("#email").sendKeys("ada@example.com");
    browser.find("#submit").click();

    browser.visible("#confirmation");
    assertThat(browser.find("#confirmation-details").getText())
        .contains("Consultation", "Phone", "45 min");
    String link = browser.find("#manage-link").getAttribute("href");
    Booking booking =
        server.booking(UUID.fromString(link.replaceAll(".*/manage/([0-9a-f-]{36})#.*", "$1")));
    assertThat(booking.placement().eventType()).isEqualTo("consult");
    assertThat(booking.duration().toMinutes()).isEqualTo(45);
  }

  @Test
  void theAddressPreselectsDurationDayAndZone() {
    List<Instant> free = server.freeStarts(server.clock.instant().plusSeconds(86_400 * 3), 60);
    String day = free.get(0).atZone(java.time.ZoneId.of("Asia/Tokyo")).toLocalDate().toString();

    browser.open(server.base + "/book/meeting?duration=60&date=" + day + "&timeZone=Asia/Tokyo");
    calendar.awaitMonth();

    assertThat(browser.find("#duration-60").isSelected()).isTrue();
    assertThat(browser.find("#zone").getAttribute("value")).contains("Tokyo");
    assertThat(calendar.chosenDay()).isEqualTo(day);
    assertThat(calendar.offered()).contains(free.get(0));
  }

  @Test
  void theEmbedScript_putsThePageInAFrame_asTallAsItsContent() throws IOException {
    String page =
        "<!doctype html><title>Host</title><h1>Our company</h1>"
            + "<script src=\"%s/assets/embed.js\" data-path=\"/book/consult\"></script>"
                .formatted(server.base);
    HttpServer host = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    host.createContext(
        "/",
        exchange -> {
          byte[] body = page.getBytes(UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    host.start();
    try {
      browser.open("http://127.0.0.1:" + host.getAddress().getPort() + "/");

      WebElement frame = browser.visible("iframe");
      assertThat(frame.getAttribute("src")).isEqualTo(server.base + "/book/consult");
      browser.until(d -> !frame.getCssValue("height").equals("1200px"));
      browser.driver.switchTo().frame(frame);
      browser.visible("#page-title");
      long inner = ((Number) browser.script("return document.body.scrollHeight;")).longValue();
      browser.driver.switchTo().defaultContent();
      browser.until(d -> frame.getCssValue("height").equals(Math.max(200, inner) + "px"));
    } finally {
      browser.driver.switchTo().defaultContent();
      host.stop(0);
    }
  }

  @Test
  void anUnknownType_isSaid_withALinkToAllTypes() {
    browser.open(server.base + "/book/no-such-type");

    assertThat(browser.visible("#page-error").getText()).contains("do not offer");
    assertThat(browser.find("#page-error a").getAttribute("href")).isEqualTo(server.base + "/");
    assertThat(browser.find("#booking-flow").isDisplayed()).isFalse();
  }

  @Test
  void inGerman_thePageSpeaksGerman() {
    browser.open(server.base + "/book/meeting?lang=de&duration=15");
    calendar.awaitMonthWithSlots();

    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("de");
    assertThat(browser.find("#submit").getText()).isEqualTo("Termin buchen");
    assertThat(browser.find("label[for='zone']").getText()).isEqualTo("Zeitzone");
    assertThat(browser.find("#slots-status").getText()).contains("freien Zeiten");
    browser.find("#submit").click();
    assertThat(browser.visible("#error-summary").getText())
        .contains("Bitte wählen Sie eine Zeit.", "Bitte geben Sie Ihren Namen ein.");
    browser.screenshot("booking-german-desktop", 1280, 900, false);

    Instant start = calendar.offered().get(calendar.offered().size() - 1);
    calendar.choose(start);
    browser.find("#name").sendKeys("Grete Müller");
    browser.find("#email").sendKeys("grete@example.de");
    server.book("schneller@example.de", start, 15);
    browser.find("#submit").click();

    assertThat(browser.visible("#slot-error").getText())
        .containsAnyOf("gerade von jemand anderem gebucht", "nicht mehr frei")
        .contains("Bitte wählen Sie eine andere Zeit");
  }
}
