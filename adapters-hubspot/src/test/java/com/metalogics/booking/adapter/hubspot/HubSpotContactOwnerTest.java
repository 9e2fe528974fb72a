package com.metalogics.booking.adapter.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.adapter.hubspot.fake.FakeHubSpot;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.port.out.CrmContact;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The contact's owner ({@code hubspot_owner_id}): set to the host's owner id when there is one. */
class HubSpotContactOwnerTest {

  private static final String HOST_OWNER = "51234567";
  private static final String OTHER_OWNER = "51234999";

  @AutoClose private final FakeHubSpot hubSpot = FakeHubSpot.start();
  private final HubSpotCrmAdapter adapter =
      new HubSpotCrmAdapter(hubSpot.adapterConfig(), new MutableTicker(), Duration.ofSeconds(10));

  @Test
  void givenAnOwner_aNewContactIsCreatedOwnedByThem() {
    hubSpot.addOwner(HOST_OWNER);

    adapter.upsertContact(ada().withOwner(Optional.of(HOST_OWNER)));

    assertThat(hubSpot.contactByEmail("ada@example.com").orElseThrow().properties())
        .containsEntry("hubspot_owner_id", HOST_OWNER);
  }

  @Test
  void givenAnOwner_anExistingContactChangesOwner() {
    hubSpot.addOwner(HOST_OWNER);
    hubSpot.addOwner(OTHER_OWNER);
    adapter.upsertContact(ada().withOwner(Optional.of(OTHER_OWNER)));

    adapter.upsertContact(ada().withOwner(Optional.of(HOST_OWNER)));

    assertThat(hubSpot.contacts()).hasSize(1);
    assertThat(hubSpot.contacts().get(0).properties())
        .containsEntry("hubspot_owner_id", HOST_OWNER);
  }

  @Test
  void givenNoOwner_theContactsOwnerIsLeftAsItIs() {
    hubSpot.addOwner(OTHER_OWNER);
    adapter.upsertContact(ada().withOwner(Optional.of(OTHER_OWNER)));
    hubSpot.clearRequests();

    adapter.upsertContact(ada());

    assertThat(hubSpot.contacts().get(0).properties())
        .containsEntry("hubspot_owner_id", OTHER_OWNER);
    assertThat(hubSpot.requests()).noneMatch(r -> r.body().contains("hubspot_owner_id"));
  }

  @Test
  void givenAnOwnerIdThatIsNotANumber_theContactIsRefusedBeforeAnyCall() {
    assertThatThrownBy(() -> adapter.upsertContact(ada().withOwner(Optional.of("grace@example"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HubSpot owner id must be a number");
    assertThat(hubSpot.requests()).isEmpty();
  }

  @Test
  void givenAnOwnerHubSpotDoesNotKnow_theUpsertFailsAsACrmError() {
    assertThatThrownBy(() -> adapter.upsertContact(ada().withOwner(Optional.of("42"))))
        .isInstanceOf(IntegrationException.class)
        .hasMessageContaining("INVALID_OWNER_ID");
  }

  private static CrmContact ada() {
    return new CrmContact("ada@example.com", "Ada", "Lovelace", Optional.empty(), Optional.empty());
  }
}
