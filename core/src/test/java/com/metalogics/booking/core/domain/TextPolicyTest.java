package com.metalogics.booking.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextPolicyTest {

  @Test
  void singleLine_refusesEveryControlCharacter_andLoneSurrogates() {
    for (char c = 0; c < 0x20; c++) {
      assertThat(TextPolicy.SINGLE_LINE.accepts("a" + c + "b")).as("U+%04X", (int) c).isFalse();
    }
    for (String bad : new String[] {"\u007f", "\u0085", "\ud800", "x\udc00", "\udc00\ud800"}) {
      assertThat(TextPolicy.SINGLE_LINE.accepts(bad)).as(bad).isFalse();
    }
    assertThat(TextPolicy.SINGLE_LINE.problemWith("a\u0000"))
        .contains("must not contain control characters");
  }

  @Test
  void multiLine_acceptsTabAndLineFeedOnly() {
    assertThat(TextPolicy.MULTI_LINE.accepts("line\n\tnext")).isTrue();
    assertThat(TextPolicy.MULTI_LINE.accepts("line\r\nnext")).isFalse();
    assertThat(TextPolicy.MULTI_LINE.accepts("nul\u0000")).isFalse();
    assertThat(TextPolicy.SINGLE_LINE.accepts("tab\t")).isFalse();
  }

  @Test
  void ordinaryTextOfEveryScript_isAccepted() {
    for (String good :
        new String[] {
          "", "Ada Lovelace", "Zoë Ñúñez", "\uD83D\uDE00", "\u202Eabc", "Ｆｕｌｌ", "日本語"
        }) {
      assertThat(TextPolicy.SINGLE_LINE.accepts(good)).as(good).isTrue();
      assertThat(TextPolicy.SINGLE_LINE.problemWith(good)).isEmpty();
    }
  }
}
