package com.metalogics.booking.adapter.http.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Content-Security-Policy of the pages. Scripts, styles and calls only from this origin, no
 * inline code; the booking page may be framed (the embed), the manage and admin pages never.
 */
final class SecurityHeaders {

  private static final Logger log = LoggerFactory.getLogger(SecurityHeaders.class);
  private static final Pattern ORIGIN =
      Pattern.compile("https?://[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?");
  private static final String BASE =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'; "
          + "frame-ancestors ";

  private final String embeddable;
  private final String notEmbeddable;

  SecurityHeaders(List<String> frameAncestors) {
    this.embeddable = BASE + frameAncestorsOf(frameAncestors);
    this.notEmbeddable = BASE + "'none'";
  }

  String policy(boolean mayBeFramed) {
    return mayBeFramed ? embeddable : notEmbeddable;
  }

  /**
   * No list means any site may embed the booking page; a list means this origin and those only.
   * Anything that is not a plain origin is dropped, so no value can smuggle in another directive.
   */
  private static String frameAncestorsOf(List<String> origins) {
    if (origins.isEmpty() || origins.contains("*")) {
      return "*";
    }
    List<String> sources = new ArrayList<>(List.of("'self'"));
    for (String origin : origins) {
      if (ORIGIN.matcher(origin).matches()) {
        sources.add(origin);
      } else {
        log.warn("Ignoring {} as a frame ancestor of the booking page: not an origin", origin);
      }
    }
    return String.join(" ", sources);
  }
}
