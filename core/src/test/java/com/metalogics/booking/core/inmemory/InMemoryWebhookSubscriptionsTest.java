package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.contract.WebhookSubscriptionRepositoryContract;
import com.metalogics.booking.core.port.out.WebhookSubscriptionRepository;

class InMemoryWebhookSubscriptionsTest extends WebhookSubscriptionRepositoryContract {

  @Override
  protected WebhookSubscriptionRepository createRepository() {
    return new InMemoryWebhookSubscriptions();
  }
}
