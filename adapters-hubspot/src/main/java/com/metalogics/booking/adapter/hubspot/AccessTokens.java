package com.metalogics.booking.adapter.hubspot;

import java.util.List;
import java.util.regex.Pattern;

/** Checks and masks HubSpot access tokens; no message or mask ever contains the token. */
final class AccessTokens {

  /** The value the seed's example environment ships with; never a real token. */
  private static final String PLACEHOLDER = "your-hubspot-access-token";

  private static final Pattern PRIVATE_APP_TOKEN = Pattern.compile("^pat-[a-z0-9]+-[0-9a-f-]{36}$");

  private AccessTokens() {}

  /**
   * @param requirePrivateAppToken when false, any shape but the placeholder is accepted
   */
  static List<String> problems(String token, boolean requirePrivateAppToken) {
    if (token == null || token.isBlank()) {
      return List.of("HUBSPOT_ACCESS_TOKEN is missing");
    }
    if (token.trim().equals(PLACEHOLDER)) {
      return List.of("HUBSPOT_ACCESS_TOKEN is still the example placeholder");
    }
    if (!token.equals(token.trim())) {
      return List.of("HUBSPOT_ACCESS_TOKEN has leading or trailing whitespace");
    }
    if (requirePrivateAppToken && !PRIVATE_APP_TOKEN.matcher(token).matches()) {
      return List.of(
          "HUBSPOT_ACCESS_TOKEN does not look like a private-app token (pat-<region>-<id>)");
    }
    return List.of();
  }

  /** The token's first segment only, e.g. {@code pat-na1-***}: safe for logs. */
  static String masked(String token) {
    int second = token.indexOf('-', token.indexOf('-') + 1);
    return second > 0 && token.startsWith("pat-") ? token.substring(0, second + 1) + "***" : "***";
  }
}
