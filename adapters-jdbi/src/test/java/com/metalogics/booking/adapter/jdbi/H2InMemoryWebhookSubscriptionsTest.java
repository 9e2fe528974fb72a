package com.metalogics.booking.adapter.jdbi;

import com.metalogics.booking.core.contract.WebhookSubscriptionRepositoryContract;
import com.metalogics.booking.core.port.out.WebhookSubscriptionRepository;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2InMemoryWebhookSubscriptionsTest extends WebhookSubscriptionRepositoryContract {

  private static JdbiStorage storage;

  @BeforeAll
  static void openStorage() {
    storage = JdbiStorage.open(StorageConfig.of("jdbc:h2:mem:" + UUID.randomUUID(), "", ""));
  }

  @AfterAll
  static void closeStorage() {
    storage.close();
  }

  @Override
  protected WebhookSubscriptionRepository createRepository() {
    return storage.webhookSubscriptions();
  }
}
