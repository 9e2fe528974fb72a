package com.metalogics.booking.adapter.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.adapter.hubspot.fake.FakeHubSpot;
import com.metalogics.booking.adapter.hubspot.fake.FakeHubSpot.RecordedRequest;
import com.metalogics.booking.adapter.hubspot.internal.HubSpotNotes;
import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.CrmOrigin;
import com.metalogics.booking.core.domain.LeadSource;
import com.metalogics.booking.core.port.out.CrmContact;
import com.metalogics.booking.core.port.out.CrmNote;
import com.metalogics.booking.core.port.out.HealthStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Contacts, notes, statuses and caches against the fake HubSpot. */
class HubSpotCrmAdapterTest {

  private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

  @AutoClose private final FakeHubSpot hubSpot = FakeHubSpot.start();
  private final MutableTicker ticker = new MutableTicker();

  @Test
  void givenNoContact_upsert_createsOneWithOnlyTheContactFields() {
    String id = adapter(hubSpot.adapterConfig()).upsertContact(ada("  Ada@Example.COM "));

    assertThat(hubSpot.contacts()).hasSize(1);
    assertThat(hubSpot.contacts().get(0).id()).isEqualTo(id);
    assertThat(hubSpot.contacts().get(0).properties())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "email", "ada@example.com",
                "firstname", "Ada",
                "lastname", "Lovelace",
                "company", "Engines Ltd",
                "phone", "+44 20 7946 0000"));
  }

  @Test
  void givenContactCreatedElsewhere_upsert_findsItBySearchAndUpdatesIt() {
    String id = adapter(hubSpot.adapterConfig()).upsertContact(ada("ada@example.com"));
    hubSpot.clearRequests();

    CrmContact renamed =
        new CrmContact(
            "ADA@example.com", "Augusta Ada", "King", Optional.empty(), Optional.empty());
    String again = adapter(hubSpot.adapterConfig()).upsertContact(renamed);

    assertThat(again).isEqualTo(id);
    assertThat(hubSpot.contacts()).hasSize(1);
    assertThat(hubSpot.contacts().get(0).properties())
        .containsEntry("firstname", "Augusta Ada")
        .containsEntry("lastname", "King")
        .containsEntry("company", "Engines Ltd");
    assertThat(calls())
        .containsExactly(
            "POST /crm/v3/objects/contacts/search", "PATCH /crm/v3/objects/contacts/" + id);
  }

  @Test
  void givenSearchIndexLag_createAnswered409_endsAsUpdateOfTheExistingContact() {
    hubSpot.searchLag(Integer.MAX_VALUE);
    String id = adapter(hubSpot.adapterConfig()).upsertContact(ada("ada@example.com"));
    hubSpot.clearRequests();

    String again = adapter(hubSpot.adapterConfig()).upsertContact(ada("ada@example.com"));

    assertThat(again).isEqualTo(id);
    assertThat(hubSpot.contacts()).hasSize(1);
    assertThat(hubSpot.requests())
        .extracting(r -> r.method() + " " + r.path() + " " + r.status())
        .containsExactly(
            "POST /crm/v3/objects/contacts/search 200",
            "POST /crm/v3/objects/contacts 409",
            "PATCH /crm/v3/objects/contacts/" + id + " 200");
  }

  @Test
  void givenExtraPropertiesConfigured_upsert_writesThemToo() {
    var config =
        hubSpot.adapterConfig().toBuilder()
            .extraProperties(Map.of("hs_lead_status", "NEW"))
            .build();

    adapter(config).upsertContact(ada("ada@example.com"));

    assertThat(hubSpot.contacts().get(0).properties()).containsEntry("hs_lead_status", "NEW");
  }

  @Test
  void givenStatusProperty_recordStatus_writesTheStatusOnTheContact() {
    var crm = adapter(hubSpot.adapterConfig().toBuilder().statusProperty("booking_status").build());
    String id = crm.upsertContact(ada("ada@example.com"));

    crm.recordStatus(id, UUID.randomUUID(), BookingStatus.CONFIRMED);
    crm.recordStatus(id, UUID.randomUUID(), BookingStatus.CANCELLED);

    assertThat(hubSpot.contacts().get(0).properties()).containsEntry("booking_status", "CANCELLED");
  }

  @Test
  void givenNoStatusProperty_recordStatus_callsNothing() {
    var crm = adapter(hubSpot.adapterConfig());
    String id = crm.upsertContact(ada("ada@example.com"));
    hubSpot.clearRequests();

    crm.recordStatus(id, UUID.randomUUID(), BookingStatus.CANCELLED);

    assertThat(hubSpot.requests()).isEmpty();
  }

  @Test
  void addNote_createsANoteAssociatedWithTheContact_markedWithItsKey() {
    var crm = adapter(hubSpot.adapterConfig());
    String id = crm.upsertContact(ada("ada@example.com"));
    Instant at = Instant.parse("2026-12-01T14:00:00Z");

    crm.addNote(id, new CrmNote("booking-1:1", at, "Meeting booked"));

    List<FakeHubSpot.Note> notes = hubSpot.notesOf(id);
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).contactIds()).containsExactly(id);
    assertThat(notes.get(0).properties())
        .containsEntry("hs_timestamp", "2026-12-01T14:00:00Z")
        .hasEntrySatisfying(
            "hs_note_body",
            body ->
                assertThat(body)
                    .startsWith("Meeting booked")
                    .contains(HubSpotNotes.marker("booking-1:1")));
  }

  @Test
  void givenNoteWrittenByAnotherInstance_addNote_doesNotWriteItAgain() {
    String id = adapter(hubSpot.adapterConfig()).upsertContact(ada("ada@example.com"));
    CrmNote note = new CrmNote("booking-1:1", Instant.now(), "Meeting booked");
    adapter(hubSpot.adapterConfig()).addNote(id, note);

    adapter(hubSpot.adapterConfig()).addNote(id, note);

    assertThat(hubSpot.notesOf(id)).hasSize(1);
  }

  @Test
  void givenNoteWrittenByThisInstance_addNote_skipsHubSpot() {
    var crm = adapter(hubSpot.adapterConfig());
    String id = crm.upsertContact(ada("ada@example.com"));
    CrmNote note = new CrmNote("booking-1:1", Instant.now(), "Meeting booked");
    crm.addNote(id, note);
    hubSpot.clearRequests();

    crm.addNote(id, note);

    assertThat(hubSpot.requests()).isEmpty();
  }

  @Test
  void givenNoteCreatedButAnswered500_retry_findsItAndWritesNoSecond() {
    var crm = adapter(hubSpot.adapterConfig());
    String id = crm.upsertContact(ada("ada@example.com"));
    hubSpot.failAfterWrite("POST", "/crm/v3/objects/notes", 1);

    crm.addNote(id, new CrmNote("booking-1:1", Instant.now(), "Meeting booked"));

    assertThat(hubSpot.notesOf(id)).hasSize(1);
    assertThat(hubSpot.requests())
        .filteredOn(r -> r.call().equals("POST /crm/v3/objects/notes"))
        .extracting(RecordedRequest::status)
        .containsExactly(500);
  }

  @Test
  void contactIdCache_hitsWithin30Minutes_andExpiresAfter() {
    var crm = adapter(hubSpot.adapterConfig());
    String id = crm.upsertContact(ada("ada@example.com"));
    hubSpot.clearRequests();

    crm.upsertContact(ada("ADA@example.com"));
    assertThat(calls()).containsExactly("PATCH /crm/v3/objects/contacts/" + id);

    hubSpot.clearRequests();
    ticker.advance(Duration.ofMinutes(31));
    crm.upsertContact(ada("ada@example.com"));
    assertThat(calls())
        .containsExactly(
            "POST /crm/v3/objects/contacts/search", "PATCH /crm/v3/objects/contacts/" + id);
  }

  @Test
  void givenCachedContactDeletedInHubSpot_upsert_findsOrCreatesAgain() {
    var crm = adapter(hubSpot.adapterConfig());
    String id = crm.upsertContact(ada("ada@example.com"));
    hubSpot.failNext("PATCH", "/crm/v3/objects/contacts/" + id, 1, 404);

    assertThat(crm.upsertContact(ada("ada@example.com"))).isEqualTo(id);
    assertThat(hubSpot.contacts()).hasSize(1);
  }

  @Test
  void health_isUp_cachedFor30Seconds_thenProbedAgain() {
    var crm = adapter(hubSpot.adapterConfig());
    assertThat(crm.health()).isEqualTo(HealthStatus.UP);
    assertThat(calls()).containsExactly("GET /crm/v3/objects/contacts");

    hubSpot.acceptToken("pat-na1-ffffffff-ffff-4fff-8fff-ffffffffffff");
    assertThat(crm.health()).isEqualTo(HealthStatus.UP);
    ticker.advance(Duration.ofSeconds(31));
    assertThat(crm.health()).isEqualTo(HealthStatus.DOWN);
    assertThat(calls()).hasSize(2);
  }

  @Test
  void givenContactWithAnOriginalSource_upsert_readsItWithTheSearch_withoutAnotherCall() {
    String id =
        hubSpot.seedContact(
            Map.of(
                "email", "ada@example.com",
                "hs_analytics_source", "ORGANIC_SEARCH",
                "hs_analytics_source_data_1", "google"));
    HubSpotCrmAdapter adapter = adapter(hubSpot.adapterConfig());

    assertThat(adapter.upsertContact(ada("ada@example.com"))).isEqualTo(id);

    assertThat(adapter.originOf(id))
        .contains(new CrmOrigin("ORGANIC_SEARCH", Optional.of("google"), Optional.empty()));
    assertThat(calls())
        .containsExactly(
            "POST /crm/v3/objects/contacts/search", "PATCH /crm/v3/objects/contacts/" + id);
  }

  @Test
  void givenSourceProperties_upsert_writesTheLeadSourceThere_andNothingElseOfIt() {
    HubSpotConfig config =
        hubSpot
            .adapterDefaults()
            .sourceProperties(Map.of("utmSource", "booking_utm_source", "referrer", "booking_ref"))
            .build();
    LeadSource source =
        new LeadSource(
            Optional.of("newsletter"),
            Optional.of("email"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("blog.example"));
    CrmContact contact =
        new CrmContact(
            "ada@example.com", "Ada", "Lovelace", Optional.empty(), Optional.empty(), source);

    adapter(config).upsertContact(contact);

    assertThat(hubSpot.contacts().get(0).properties())
        .containsEntry("booking_utm_source", "newsletter")
        .containsEntry("booking_ref", "blog.example")
        .doesNotContainValue("email");
  }

  @Test
  void sourceProperties_mustNameLeadSourceFields() {
    assertThat(
            hubSpot.adapterDefaults().sourceProperties(Map.of("gclid", "booking_gclid")).problems())
        .anyMatch(p -> p.contains("'gclid' is not a lead-source field"));
  }

  private HubSpotCrmAdapter adapter(HubSpotConfig config) {
    return new HubSpotCrmAdapter(config, ticker, TEN_SECONDS);
  }

  private List<String> calls() {
    return hubSpot.requests().stream().map(RecordedRequest::call).toList();
  }

  private static CrmContact ada(String email) {
    return new CrmContact(
        email, "Ada", "Lovelace", Optional.of("Engines Ltd"), Optional.of("+44 20 7946 0000"));
  }
}
