package com.metalogics.booking.adapter.hubspot;

import com.metalogics.booking.adapter.hubspot.fake.FakeHubSpot;
import com.metalogics.booking.core.contract.CrmPortContract;
import com.metalogics.booking.core.port.out.CrmPort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The core's CRM contract, on the real adapter against the fake HubSpot with a lagging index. */
class HubSpotCrmAdapterContractTest extends CrmPortContract {

  private static FakeHubSpot hubSpot;

  @BeforeAll
  static void startHubSpot() {
    hubSpot = FakeHubSpot.start();
    hubSpot.searchLag(2);
  }

  @AfterAll
  static void stopHubSpot() {
    hubSpot.close();
  }

  @Override
  protected CrmPort createCrm() {
    return new HubSpotCrmAdapter(
        hubSpot.adapterConfig().toBuilder().statusProperty("booking_status").build());
  }

  @Override
  protected int noteCount(String contactId) {
    return hubSpot.notesOf(contactId).size();
  }
}
