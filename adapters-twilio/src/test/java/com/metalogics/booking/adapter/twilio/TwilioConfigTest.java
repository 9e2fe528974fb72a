package com.metalogics.booking.adapter.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.adapter.twilio.fake.FakeTwilio;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TwilioConfigTest {

  @Test
  void everyProblem_isNamedAtOnce() {
    TwilioConfig.Builder bad =
        TwilioConfig.builder()
            .accountSid("nope")
            .from(Optional.of("555"))
            .messagingServiceSid(Optional.of("MGx"))
            .baseUrl(URI.create("ftp://twilio"))
            .publicBaseUrl("book.example.com");

    assertThat(bad.problems())
        .containsExactly(
            "TWILIO_ACCOUNT_SID must be AC followed by 32 hex digits",
            "TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET) is required",
            "set exactly one of TWILIO_FROM and TWILIO_MESSAGING_SERVICE_SID",
            "TWILIO_FROM must be a number in E.164 form (+15551234567)",
            "TWILIO_MESSAGING_SERVICE_SID must be MG and 32 hex digits",
            "TWILIO_BASE_URL must be an http(s) URL",
            "PUBLIC_BASE_URL must start with http:// or https://");
    assertThatThrownBy(bad::build).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSecrets_neverShowInToString() {
    TwilioConfig config =
        TwilioConfig.builder()
            .accountSid(FakeTwilio.ACCOUNT_SID)
            .apiKey(Optional.of(FakeTwilio.API_KEY), Optional.of(FakeTwilio.API_SECRET))
            .from(Optional.of(FakeTwilio.FROM))
            .publicBaseUrl("https://book.example.com")
            .build();

    assertThat(config.username()).isEqualTo(FakeTwilio.API_KEY);
    assertThat(config.toString())
        .doesNotContain(FakeTwilio.API_SECRET)
        .doesNotContain(FakeTwilio.API_KEY)
        .contains("apiKey=true");
  }
}
