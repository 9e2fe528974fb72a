package com.metalogics.booking.adapter.jdbi;

import com.metalogics.booking.core.contract.WebhookSubscriptionRepositoryContract;
import com.metalogics.booking.core.port.out.WebhookSubscriptionRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresWebhookSubscriptionsTest extends WebhookSubscriptionRepositoryContract {

  private static JdbiStorage storage;

  @BeforeAll
  static void openStorage() {
    storage = JdbiStorage.open(PostgresServer.freshDatabase());
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
