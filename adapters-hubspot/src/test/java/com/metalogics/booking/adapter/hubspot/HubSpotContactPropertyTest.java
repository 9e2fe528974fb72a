package com.metalogics.booking.adapter.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.adapter.hubspot.fake.FakeHubSpot;
import com.metalogics.booking.core.domain.IntegrationException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The contact property a VIP tier is recognised by: read from HubSpot, then from the cache. */
class HubSpotContactPropertyTest {

  private final FakeHubSpot hubSpot = FakeHubSpot.start();
  private final MutableTicker ticker = new MutableTicker();
  private final HubSpotCrmAdapter adapter =
      new HubSpotCrmAdapter(hubSpot.adapterConfig(), ticker, Duration.ofSeconds(10));

  @AfterEach
  void stop() {
    hubSpot.close();
  }

  @Test
  void aPropertySetInHubSpot_isRead_andServedFromTheCacheForTenMinutes() {
    hubSpot.setContactProperty("buyer@example.com", "lifecyclestage", "customer");
    assertThat(adapter.contactProperty("Buyer@Example.com", "lifecyclestage")).contains("customer");
    int calls = hubSpot.requests().size();

    hubSpot.setContactProperty("buyer@example.com", "lifecyclestage", "evangelist");
    assertThat(adapter.contactProperty("buyer@example.com", "lifecyclestage")).contains("customer");
    assertThat(hubSpot.requests()).hasSize(calls);

    ticker.advance(Duration.ofMinutes(11));
    assertThat(adapter.contactProperty("buyer@example.com", "lifecyclestage"))
        .contains("evangelist");
  }

  @Test
  void aStranger_hasNoValue() {
    assertThat(adapter.contactProperty("nobody@example.com", "lifecyclestage")).isEmpty();
  }

  @Test
  void aFailingHubSpot_isTheCoresIntegrationError() {
    hubSpot.failNext(20, 503);
    assertThatThrownBy(() -> adapter.contactProperty("buyer@example.com", "lifecyclestage"))
        .isInstanceOf(IntegrationException.class);
  }
}
