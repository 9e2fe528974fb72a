package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.application.VipLinks.Flaw;
import com.metalogics.booking.core.domain.VipLink;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VipLinksTest {

  private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
  private static final Instant LATER = NOW.plusSeconds(3600);
  private final VipLinks links = new VipLinks(secret('a'));

  @Test
  void aTokenItIssued_carriesTheLink() {
    VipLink link = new VipLink("gold", Optional.of(" Ada@Example.com "), LATER);
    VipLinks.Checked checked = links.check(links.issue(link), NOW);
    assertThat(checked.flaw()).isEmpty();
    assertThat(checked.link()).contains(link);
    assertThat(checked.link().get().email()).contains("ada@example.com");
  }

  @Test
  void anExpiredToken_isRefused() {
    String token = links.issue(new VipLink("gold", Optional.empty(), LATER));
    assertThat(links.check(token, LATER).flaw()).contains(Flaw.EXPIRED);
    assertThat(links.check(token, LATER.plusSeconds(1)).flaw()).contains(Flaw.EXPIRED);
  }

  @Test
  void aTokenWithAnotherTierOrEmailOrExpiry_isTampered() {
    String token = links.issue(new VipLink("gold", Optional.of("ada@example.com"), LATER));
    String tag = token.substring(token.indexOf('.'));
    for (String payload :
        new String[] {
          "v1\nplatinum\nada@example.com\n" + LATER.getEpochSecond(),
          "v1\ngold\neve@example.com\n" + LATER.getEpochSecond(),
          "v1\ngold\n\n" + LATER.getEpochSecond(),
          "v1\ngold\nada@example.com\n" + LATER.plusSeconds(86_400).getEpochSecond()
        }) {
      String forged = encode(payload) + tag;
      assertThat(links.check(forged, NOW).flaw()).as(payload).contains(Flaw.TAMPERED);
    }
  }

  @Test
  void aTokenWithOneBitFlippedInItsTag_isTampered() {
    String token = links.issue(new VipLink("gold", Optional.empty(), LATER));
    int dot = token.indexOf('.');
    byte[] tag = Base64.getUrlDecoder().decode(token.substring(dot + 1));
    tag[tag.length - 1] ^= 1;
    String flipped =
        token.substring(0, dot + 1) + Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    assertThat(links.check(flipped, NOW).flaw()).contains(Flaw.TAMPERED);
  }

  @Test
  void aTokenSignedWithAnotherSecret_isTampered() {
    String token = new VipLinks(secret('b')).issue(new VipLink("gold", Optional.empty(), LATER));
    assertThat(links.check(token, NOW).flaw()).contains(Flaw.TAMPERED);
  }

  @Test
  void garbage_isMalformed() {
    for (String token : new String[] {"", ".", "abc", "a.b.c", "!!!.???", "x".repeat(5000)}) {
      assertThat(links.check(token, NOW).flaw()).as(token).contains(Flaw.MALFORMED);
    }
  }

  @Test
  void anEmailBoundLink_allowsOnlyThatEmail() {
    VipLink bound = new VipLink("gold", Optional.of("ada@example.com"), LATER);
    assertThat(bound.allows(" ADA@example.com")).isTrue();
    assertThat(bound.allows("eve@example.com")).isFalse();
    assertThat(new VipLink("gold", Optional.empty(), LATER).allows("eve@example.com")).isTrue();
  }

  private static String encode(String payload) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(payload.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] secret(char fill) {
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) fill);
    return secret;
  }
}
