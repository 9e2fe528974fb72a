package com.metalogics.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpConfigTest {

  @Test
  void defaults_boundTheRequestHeadAndLinkToTheLocalService() {
    HttpConfig config = HttpConfig.defaults();
    assertThat(config.requestHeadTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.publicBaseUrl()).isEqualTo(URI.create("http://localhost:8080"));
  }

  @Test
  void everyBadSetting_isReportedAtOnce() {
    assertThatThrownBy(
            () ->
                new HttpConfig(
                    Optional.of(" "),
                    0,
                    -1,
                    List.of(),
                    true,
                    Duration.ofMinutes(6),
                    URI.create("ftp://example.com"),
                    Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll(
            "adminApiKey",
            "maxBodyBytes",
            "rateLimitBookingsPerMinute",
            "slotsCacheTtl",
            "publicBaseUrl",
            "requestHeadTimeout");
    assertThatThrownBy(() -> HttpConfig.defaults().withRequestHeadTimeout(Duration.ofMinutes(1)))
        .hasMessageContaining("requestHeadTimeout");
    assertThatThrownBy(() -> HttpConfig.defaults().withPublicBaseUrl(URI.create("/relative")))
        .hasMessageContaining("publicBaseUrl");
  }

  @Test
  void toString_hidesTheAdminKey() {
    HttpConfig config =
        new HttpConfig(Optional.of("secret-admin-key-123"), 1024, 0, List.of(), true);
    assertThat(config.toString()).doesNotContain("secret-admin-key-123").contains("***");
  }
}
