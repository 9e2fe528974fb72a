package com.metalogics.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** The webhooks page: an admin subscribes a receiver, sees its secret once, edits and deletes. */
class WebhooksPageTest extends PageTestBase {

  private static final String URL = "https://hooks.example.org/booking";

  /** The class's tests share one server: each starts without subscriptions. */
  @BeforeEach
  void signedIn() {
    for (JsonNode hook : server.adminGet("/api/admin/webhooks")) {
      server.adminDelete("/api/admin/webhooks/" + hook.path("id").asText());
    }
    server.receiver.answerWith(200);
    browser.viewport(1280, 900, false);
    browser.open(server.base + "/admin/webhooks");
    browser.script("sessionStorage.clear();");
    browser.open(server.base + "/admin/webhooks");
    browser.find("#admin-key").sendKeys(UiServer.ADMIN_KEY);
    browser.find("#use-key").click();
    browser.visible("#no-hooks");
  }

  @Test
  void anAdminSubscribes_seesTheSecretOnce_thenEditsAndDeletes() {
    browser.find("#new-hook").click();
    type("hook-url", URL);
    browser.screenshot("webhooks-new", 1280, 900, false);
    browser.find("#save-hook").click();

    WebElement secret = browser.visible("#secret-value");
    assertThat(secret.getText()).startsWith("whsec_");
    JsonNode hooks = server.adminGet("/api/admin/webhooks");
    assertThat(hooks).hasSize(1);
    assertThat(hooks.get(0).path("events"))
        .extracting(JsonNode::asText)
        .containsExactly("booking.created", "booking.rescheduled", "booking.cancelled");
    assertThat(browser.findAll("#hooks tr")).hasSize(1);
    assertThat(browser.find("#hooks tr td:nth-child(3)").getText()).isEqualTo("Active");

    browser.find("#hooks button[data-edit]").click();
    assertThat(browser.find("#secret-notice").isDisplayed()).isFalse();
    browser.find("label[for='hook-event-3']").click();
    browser.find("#save-hook").click();

    browser.until(d -> browser.find("#hooks-status").getText().startsWith("Saved"));
    JsonNode edited = server.adminGet("/api/admin/webhooks").get(0);
    assertThat(edited.path("version").asInt()).isEqualTo(2);
    assertThat(edited.path("events")).extracting(JsonNode::asText).contains("booking.conflicted");

    browser.script("window.confirm = () => true;");
    browser.find("#hooks button[data-delete]").click();
    browser.visible("#no-hooks");
    assertThat(server.adminGet("/api/admin/webhooks")).isEmpty();
  }

  @Test
  void anAdminSeesAFailedDelivery_andReplaysIt_onceTheReceiverIsBack() {
    browser.find("#new-hook").click();
    type("hook-url", URL);
    browser.find("#save-hook").click();
    browser.visible("#secret-value");
    server.receiver.answerWith(503);
    server.book("grace@example.org", server.firstFreeStart(), 30);
    browser.until(d -> server.receiver.received() == 1);

    browser.find("#hooks button[data-deliveries]").click();
    browser.visible("#deliveries");
    assertThat(browser.focused().getAttribute("id")).isEqualTo("deliveries-title");
    assertThat(browser.findAll("#delivery-rows tr")).hasSize(1);
    assertThat(browser.find("#delivery-rows tr th").getText()).isEqualTo("booking.created");
    assertThat(browser.find("#delivery-rows tr td:nth-child(3)").getText()).isEqualTo("PENDING");
    assertThat(browser.find("#delivery-rows tr td:nth-child(5)").getText()).startsWith("HTTP 503");
    browser.screenshot("webhooks-deliveries", 1280, 900, false);

    server.receiver.answerWith(200);
    browser.find("#delivery-rows button[data-replay]").click();

    browser.until(d -> browser.find("#hooks-status").getText().contains("delivered"));
    assertThat(browser.find("#hooks-status").getText()).isEqualTo("Sent again: delivered.");
    browser.until(d -> browser.find("#delivery-rows tr td:nth-child(3)").getText().equals("DONE"));
    assertThat(browser.find("#delivery-rows tr td:nth-child(5)").getText()).startsWith("HTTP 200");
    assertThat(server.receiver.received()).isEqualTo(2);
  }

  @Test
  void badFields_areShownAtTheirInputs_andNothingIsSaved() {
    browser.find("#new-hook").click();
    type("hook-url", "http://hooks.example.org/plain");
    for (WebElement box : browser.findAll("#hook-events input:checked")) {
      browser.find("label[for='" + box.getAttribute("id") + "']").click();
    }
    type("hook-secret", "short");
    browser.find("#save-hook").click();

    browser.visible("#hook-errors");
    assertThat(browser.focused().getAttribute("id")).isEqualTo("hook-errors");
    assertThat(browser.find("#hook-url-error").getText()).contains("https");
    assertThat(browser.find("#hook-events-error").getText()).contains("at least one event");
    assertThat(browser.find("#hook-secret-error").getText()).contains("16");
    assertThat(browser.find("#hook-url").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(server.adminGet("/api/admin/webhooks")).isEmpty();
  }

  private void type(String id, String text) {
    WebElement input = browser.find("#" + id);
    input.clear();
    input.sendKeys(text);
  }
}
