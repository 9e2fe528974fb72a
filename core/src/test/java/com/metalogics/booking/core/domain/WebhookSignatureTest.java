package com.metalogics.booking.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final String SECRET = "whsec_test-secret-0123456789";
  private static final String BODY = "{\"id\":\"e1\",\"type\":\"booking.created\"}";
  private static final Instant SENT = Instant.parse("2026-11-30T10:15:30Z");
  private static final Duration FIVE_MINUTES = WebhookSignature.DEFAULT_TOLERANCE;

  @Test
  void sign_matchesTheDocumentedFormat_computedIndependently() {
    // Computed with: printf '%s' "1796033730.$BODY" | openssl dgst -sha256 -hmac "$SECRET"
    assertThat(WebhookSignature.sign(SECRET, SENT, BODY))
        .isEqualTo(
            "t=1796033730,v1="
                + "a90bd2f29a8bbcfcd3bcc26980fce1f4dcd827110ffc6c06318f250801072279");
  }

  @Test
  void verify_acceptsItsOwnSignature_withinTheTolerance() {
    String header = WebhookSignature.sign(SECRET, SENT, BODY);

    assertThat(WebhookSignature.verify(header, SECRET, BODY, SENT, FIVE_MINUTES)).isTrue();
    assertThat(WebhookSignature.verify(header, SECRET, BODY, SENT.plus(FIVE_MINUTES), FIVE_MINUTES))
        .isTrue();
  }

  @Test
  void verify_refusesATamperedBody_anotherSecret_andAnOldTimestamp() {
    String header = WebhookSignature.sign(SECRET, SENT, BODY);

    assertThat(WebhookSignature.verify(header, SECRET, BODY + " ", SENT, FIVE_MINUTES)).isFalse();
    assertThat(WebhookSignature.verify(header, SECRET + "x", BODY, SENT, FIVE_MINUTES)).isFalse();
    assertThat(
            WebhookSignature.verify(
                header, SECRET, BODY, SENT.plus(FIVE_MINUTES).plusSeconds(1), FIVE_MINUTES))
        .isFalse();
  }

  @Test
  void verify_refusesAReplayedMacUnderANewTimestamp() {
    String header = WebhookSignature.sign(SECRET, SENT, BODY);
    String mac = header.substring(header.indexOf(",v1="));
    String moved = "t=" + SENT.plusSeconds(600).getEpochSecond() + mac;

    assertThat(WebhookSignature.verify(moved, SECRET, BODY, SENT.plusSeconds(600), FIVE_MINUTES))
        .isFalse();
  }

  @Test
  void verify_refusesMalformedHeaders() {
    for (String header : new String[] {"", "t=1", "v1=00", "t=x,v1=00", "t=1,v1=zz", "garbage"}) {
      assertThat(WebhookSignature.verify(header, SECRET, BODY, SENT, FIVE_MINUTES))
          .as(header)
          .isFalse();
    }
  }
}
