package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.CrmOrigin;
import com.metalogics.booking.core.domain.EmailAddress;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.port.out.CrmContact;
import com.metalogics.booking.core.port.out.CrmNote;
import com.metalogics.booking.core.port.out.CrmPort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A CRM in memory: contacts by case-insensitive e-mail, notes that are never added twice for the
 * same key, booking statuses per contact. Fails or hangs on request via {@link #failures()}.
 */
public final class InMemoryCrm implements CrmPort {

  private final Map<String, String> idByEmail = new HashMap<>();
  private final Map<String, CrmContact> contacts = new LinkedHashMap<>();
  private final Map<String, Map<String, CrmNote>> notes = new HashMap<>();
  private final Map<String, Map<UUID, BookingStatus>> statuses = new HashMap<>();
  private final Map<String, Map<String, String>> properties = new HashMap<>();
  private final FailureSwitch failures = new FailureSwitch();
  private final Map<String, CrmOrigin> originByEmail = new HashMap<>();
  private int nextId = 1;

  public FailureSwitch failures() {
    return failures;
  }

  @Override
  public String upsertContact(CrmContact contact) {
    failures.check();
    synchronized (this) {
      String email = EmailAddress.normalize(contact.email());
      String id = idByEmail.computeIfAbsent(email, e -> String.valueOf(nextId++));
      // As a CRM: a contact written without an owner keeps the owner it has.
      Optional<String> owner =
          contact
              .ownerId()
              .or(() -> Optional.ofNullable(contacts.get(id)).flatMap(CrmContact::ownerId));
      contacts.put(id, contact.withOwner(owner));
      return id;
    }
  }

  @Override
  public void addNote(String contactId, CrmNote note) {
    failures.check();
    synchronized (this) {
      requireContact(contactId);
      notes.computeIfAbsent(contactId, id -> new LinkedHashMap<>()).putIfAbsent(note.key(), note);
    }
  }

  @Override
  public Optional<String> contactProperty(String email, String property) {
    failures.check();
    synchronized (this) {
      Optional<String> id = contactIdOf(email);
      if (id.isEmpty()) {
        return Optional.empty();
      }
      CrmContact contact = contacts.get(id.get());
      return switch (property) {
        case "email" -> Optional.of(EmailAddress.normalize(contact.email()));
        case "firstname" -> Optional.of(contact.firstName()).filter(v -> !v.isBlank());
        case "lastname" -> Optional.of(contact.lastName()).filter(v -> !v.isBlank());
        case "company" -> contact.company();
        case "phone" -> contact.phone();
        default -> Optional.ofNullable(properties.getOrDefault(id.get(), Map.of()).get(property));
      };
    }
  }

  /** Sets a property on the contact with this e-mail, creating the contact when there is none. */
  public synchronized void setContactProperty(String email, String property, String value) {
    String id =
        contactIdOf(email)
            .orElseGet(
                () ->
                    upsertContact(
                        new CrmContact(email, "", "", Optional.empty(), Optional.empty())));
    properties.computeIfAbsent(id, k -> new HashMap<>()).put(property, value);
  }

  @Override
  public void recordStatus(String contactId, UUID bookingId, BookingStatus status) {
    failures.check();
    synchronized (this) {
      requireContact(contactId);
      statuses.computeIfAbsent(contactId, id -> new HashMap<>()).put(bookingId, status);
    }
  }

  /** What the CRM will say of the contact's original source, as a real CRM records it itself. */
  public synchronized void recordOrigin(String email, CrmOrigin origin) {
    originByEmail.put(email, origin);
  }

  @Override
  public synchronized Optional<CrmOrigin> originOf(String contactId) {
    return Optional.ofNullable(contacts.get(contactId))
        .map(CrmContact::email)
        .map(originByEmail::get);
  }

  public synchronized Optional<String> contactIdOf(String email) {
    return Optional.ofNullable(idByEmail.get(EmailAddress.normalize(email)));
  }

  public synchronized Optional<CrmContact> contact(String contactId) {
    return Optional.ofNullable(contacts.get(contactId));
  }

  public synchronized int contactCount() {
    return contacts.size();
  }

  public synchronized List<CrmNote> notesOf(String contactId) {
    return new ArrayList<>(notes.getOrDefault(contactId, Map.of()).values());
  }

  public synchronized Optional<BookingStatus> statusOf(String contactId, UUID bookingId) {
    return Optional.ofNullable(statuses.getOrDefault(contactId, Map.of()).get(bookingId));
  }

  private void requireContact(String contactId) {
    if (!contacts.containsKey(contactId)) {
      throw IntegrationException.crm("no contact " + contactId, null);
    }
  }
}
