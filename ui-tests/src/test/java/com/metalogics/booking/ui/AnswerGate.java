package com.metalogics.booking.ui;

/**
 * Holds the page's API answers whose address contains a given text until the test lets them
 * through: a slow network made deterministic, so a test can look at the page while it waits.
 * Installed into every page opened after {@link #install}; {@link #close} removes it.
 */
final class AnswerGate implements AutoCloseable {

  private static final String SCRIPT =
      """
      (() => {
        const realFetch = window.fetch.bind(window);
        let held = false;
        const waiting = [];
        window.__answerGate = {
          hold() { held = true; },
          release() { held = false; waiting.splice(0).forEach((go) => go()); },
          waiting() { return waiting.length; },
        };
        window.fetch = (input, init) => {
          const url = String((input && input.url) || input);
          if (!held || !url.includes(%s)) return realFetch(input, init);
          return new Promise((go) => waiting.push(go)).then(() => realFetch(input, init));
        };
      })();
      """;

  private final Browser browser;
  private final String identifier;

  private AnswerGate(Browser browser, String identifier) {
    this.browser = browser;
    this.identifier = identifier;
  }

  static AnswerGate install(Browser browser, String pathPart) {
    String quoted = "'" + pathPart.replace("\\", "\\\\").replace("'", "\\'") + "'";
    return new AnswerGate(browser, browser.onEveryPage(SCRIPT.formatted(quoted)));
  }

  void hold() {
    browser.script("window.__answerGate.hold();");
  }

  /** Waits until the page has asked for at least one held answer. */
  void awaitWaiting() {
    browser.until(
        d -> ((Number) browser.script("return window.__answerGate.waiting();")).intValue() > 0);
  }

  void release() {
    browser.script("window.__answerGate.release();");
  }

  @Override
  public void close() {
    browser.forget(identifier);
  }
}
