package com.metalogics.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.metalogics.booking.core.domain.Booking;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The VIP tiers page (a tier created, a link made) and the booking page opened with a VIP link: the
 * held-back times are offered and booked under the tier.
 */
class VipPagesTest extends PageTestBase {

  private static final String GOLD =
      """
      {"name": "Gold", "grants": [{"eventType": "meeting", "reservedShare": 100,
       "releaseHours": 0}]}
      """;

  @BeforeEach
  void desktop() {
    browser.timeZone("Europe/Berlin");
    browser.viewport(1280, 900, false);
  }

  @Test
  void anAdminCreatesATier_andALinkToItsBookingPage() {
    signIn();
    browser.find("#new-tier").click();
    type("tier-id", "partners");
    type("tier-name", "Partners");
    type("tier-domains", "partner.example.org");
    new Select(browser.find("#grant-0-type")).selectByValue("meeting");
    type("grant-0-share", "30");
    type("grant-0-release", "24");
    new Select(browser.find("#grant-0-frequency")).selectByValue("none");
    browser.screenshot("vip-tier-new", 1280, 900, false);
    browser.find("#save-tier").click();

    browser.until(d -> browser.find("#tiers-status").getText().startsWith("Saved"));
    JsonNode tier = server.adminGet("/api/admin/vip-tiers/partners");
    assertThat(tier.path("members").path("domains").get(0).asText())
        .isEqualTo("partner.example.org");
    JsonNode grant = tier.path("grants").get(0);
    assertThat(grant.path("reservedShare").asInt()).isEqualTo(30);
    assertThat(grant.path("releaseHours").asInt()).isEqualTo(24);
    assertThat(grant.path("frequencyLimit").asText()).isEqualTo("none");
    assertThat(browser.find("#tiers tr[data-id='partners'] td:nth-child(3)").getText())
        .contains("meeting: 30% held");

    new Select(browser.find("#link-tier")).selectByValue("partners");
    String expiry = LocalDate.now(ZoneOffset.UTC).plusDays(20).toString();
    browser.script("document.getElementById('link-expires').value = '" + expiry + "';");
    type("link-email", "pat@partner.example.org");
    browser.find("#create-link").click();

    String url = browser.visible("#link-url").getText();
    assertThat(url).contains("/book/meeting?vipToken=");
  }

  @Test
  void badTierFields_areShownAtTheirInputs() {
    signIn();
    browser.find("#new-tier").click();
    type("tier-id", "broken");
    type("tier-emails", "not-an-address");
    type("grant-0-share", "150");
    browser.find("#save-tier").click();

    browser.visible("#tier-errors");
    assertThat(browser.find("#tier-name-error").getText()).contains("required");
    assertThat(browser.find("#tier-emails-error").getText()).contains("e-mail address");
    assertThat(browser.find("#grant-0-share-error").getText()).contains("0 to 100");
    assertThat(browser.find("#grant-0-share").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(Axe.violations(browser)).as("axe on the tier editor with errors").isEmpty();
  }

  @Test
  void theBookingPageWithAVipLink_offersTheHeldBackTimes_andBooksUnderTheTier() {
    server.adminPut("/api/admin/vip-tiers/gold", json(GOLD));
    Instant expires = server.clock.instant().plusSeconds(86_400 * 30);
    JsonNode link =
        server.adminPost(
            "/api/admin/vip-links", "{\"tierId\": \"gold\", \"expiresAt\": \"" + expires + "\"}");
    LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(3);
    JsonNode everyone =
        server.publicGet(
            "/api/bookings/available-slots?startDate="
                + day
                + "&endDate="
                + day.plusDays(7)
                + "&duration=30");
    assertThat(everyone.path("slots")).isEmpty();

    URI page = URI.create(link.path("url").asText());
    browser.open(server.base + page.getRawPath() + "?" + page.getRawQuery());
    calendar.awaitMonthWithSlots();
    Instant start = calendar.offered().get(0);
    calendar.choose(start);
    browser.find("#name").sendKeys("Grace Hopper");
    browser.find("#email").sendKeys("grace@example.com");
    browser.screenshot("vip-booking", 1280, 900, false);
    browser.find("#submit").click();

    browser.visible("#confirmation");
    String manage = browser.find("#manage-link").getAttribute("href");
    Booking booking =
        server.booking(UUID.fromString(manage.replaceAll(".*/manage/([0-9a-f-]{36})#.*", "$1")));
    assertThat(booking.placement().vipTier()).contains("gold");
    assertThat(booking.startTime()).isEqualTo(start);

    AdminPageDriver admin = new AdminPageDriver(browser);
    admin.openSignedOut(server.base);
    admin.signInAndAwaitList(UiServer.ADMIN_KEY);
    assertThat(browser.find(admin.row(booking.id())).getText()).contains("VIP tier gold");
  }

  private void signIn() {
    browser.open(server.base + "/admin/vip");
    browser.script("sessionStorage.clear();");
    browser.open(server.base + "/admin/vip");
    browser.find("#admin-key").sendKeys(UiServer.ADMIN_KEY);
    browser.find("#use-key").click();
    browser.visible("#tiers-title");
  }

  private void type(String id, String text) {
    WebElement input = browser.find("#" + id);
    input.clear();
    input.sendKeys(text);
  }

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
