package com.metalogics.booking.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The axe-core accessibility engine (WCAG 2.1 A and AA rules) run in the page as it is now; the
 * violations come back as one line each: rule, impact and the elements concerned.
 */
final class Axe {

  private static final String ENGINE = engine();
  private static final String RUN =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',
          'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] })
        .then((r) => done(JSON.stringify(r.violations.map((v) => ({
          id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.map((n) => n.target.join(' ')) })))))
        .catch((e) => done(JSON.stringify([{ id: 'axe-failed', impact: String(e), help: '',
          nodes: [] }])));
      """;

  private Axe() {}

  static List<String> violations(Browser browser) {
    JavascriptExecutor js = browser.driver;
    js.executeScript(ENGINE);
    String json = (String) js.executeAsyncScript(RUN);
    List<String> out = new ArrayList<>();
    try {
      for (JsonNode v : new ObjectMapper().readTree(json)) {
        out.add(
            v.path("id").asText()
                + " ("
                + v.path("impact").asText()
                + "): "
                + v.path("help").asText()
                + " "
                + v.path("nodes"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String engine() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
