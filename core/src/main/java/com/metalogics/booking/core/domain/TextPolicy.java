package com.metalogics.booking.core.domain;

import java.util.Optional;

/**
 * Which characters a text field may hold. Control characters are refused everywhere: PostgreSQL
 * cannot store U+0000 at all (so one would fail the request on one database and be kept on
 * another), and the others garble logs, mails and calendar entries. An unpaired surrogate is no
 * character at all. Multi-line text (a message, a cancel reason) may hold tabs and line feeds.
 */
public enum TextPolicy {
  SINGLE_LINE(false),
  MULTI_LINE(true);

  public static final String CONTROL_CHARACTERS = "must not contain control characters";

  private final boolean lineBreaks;

  TextPolicy(boolean lineBreaks) {
    this.lineBreaks = lineBreaks;
  }

  /** Why {@code text} is refused, as a field error; empty when it is acceptable. */
  public Optional<String> problemWith(String text) {
    return accepts(text) ? Optional.empty() : Optional.of(CONTROL_CHARACTERS);
  }

  public boolean accepts(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && !allowed(c))) {
        return false;
      }
    }
    return true;
  }

  private boolean allowed(char c) {
    return lineBreaks && (c == '\t' || c == '\n');
  }
}
