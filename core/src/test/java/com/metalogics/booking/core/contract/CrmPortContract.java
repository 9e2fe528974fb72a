package com.metalogics.booking.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.port.out.CrmContact;
import com.metalogics.booking.core.port.out.CrmNote;
import com.metalogics.booking.core.port.out.CrmPort;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CrmPort} must do. Implementations say how many notes a contact holds, so the
 * suite can check that a note is never added twice.
 */
public abstract class CrmPortContract {

  protected CrmPort crm;

  protected abstract CrmPort createCrm();

  /** Notes attached to the contact, as the CRM itself sees them. */
  protected abstract int noteCount(String contactId);

  @BeforeEach
  void setUpCrm() {
    crm = createCrm();
  }

  @Test
  void upsertContact_createsOnce_andFindsItAgainCaseInsensitively() {
    String email = Fixtures.uniqueEmail();
    String id = crm.upsertContact(contact(email, "Ada"));
    assertThat(id).isNotBlank();
    assertThat(crm.upsertContact(contact(email.toUpperCase(), "Augusta Ada"))).isEqualTo(id);
  }

  @Test
  void distinctEmails_getDistinctContacts() {
    String first = crm.upsertContact(contact(Fixtures.uniqueEmail(), "Ada"));
    String second = crm.upsertContact(contact(Fixtures.uniqueEmail(), "Grace"));
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void addNote_withTheSameKeyTwice_addsOneNote() {
    String id = crm.upsertContact(contact(Fixtures.uniqueEmail(), "Ada"));
    CrmNote note = new CrmNote(UUID.randomUUID() + ":1", Instant.now(), "Meeting booked");
    crm.addNote(id, note);
    crm.addNote(id, note);
    assertThat(noteCount(id)).isEqualTo(1);
    crm.addNote(id, new CrmNote(UUID.randomUUID() + ":2", Instant.now(), "Meeting moved"));
    assertThat(noteCount(id)).isEqualTo(2);
  }

  @Test
  void recordStatus_acceptsEveryStatus() {
    String id = crm.upsertContact(contact(Fixtures.uniqueEmail(), "Ada"));
    UUID booking = UUID.randomUUID();
    crm.recordStatus(id, booking, BookingStatus.CONFIRMED);
    crm.recordStatus(id, booking, BookingStatus.CANCELLED);
  }

  @Test
  void contactProperty_readsTheContactsValue_andIsEmptyForAStrangerOrAnUnsetProperty() {
    String email = Fixtures.uniqueEmail();
    crm.upsertContact(contact(email, "Ada"));
    assertThat(crm.contactProperty(email.toUpperCase(), "firstname")).contains("Ada");
    assertThat(crm.contactProperty(email, "no_such_property_set")).isEmpty();
    assertThat(crm.contactProperty(Fixtures.uniqueEmail(), "firstname")).isEmpty();
  }

  @Test
  void health_isReported() {
    assertThat(crm.health()).isNotNull();
  }

  private static CrmContact contact(String email, String firstName) {
    return new CrmContact(
        email, firstName, "Lovelace", Optional.of("Engines Ltd"), Optional.of("+44 20 0000"));
  }
}
