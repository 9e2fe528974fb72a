package com.metalogics.booking.adapter.hubspot.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The objects of the fake HubSpot: contacts unique by e-mail, notes with their contact
 * associations, and a search index that lags behind writes like HubSpot's does.
 */
final class FakeHubSpotStore {

  /** A stored CRM object: contact or note. */
  static final class CrmObject {
    final String id;
    final Map<String, String> properties = new LinkedHashMap<>();
    final List<String> contactIds = new ArrayList<>();
    final Instant createdAt;
    Instant updatedAt;
    int hiddenForSearches;

    CrmObject(String id, Instant createdAt, int hiddenForSearches) {
      this.id = id;
      this.createdAt = createdAt;
      this.updatedAt = createdAt;
      this.hiddenForSearches = hiddenForSearches;
    }
  }

  private final AtomicLong nextId = new AtomicLong(1001);
  private final Map<String, CrmObject> contacts = new LinkedHashMap<>();
  private final Map<String, CrmObject> notes = new LinkedHashMap<>();
  private final Set<String> owners = new HashSet<>();
  private int searchLag;

  synchronized void addOwner(String ownerId) {
    owners.add(ownerId);
  }

  synchronized boolean isOwner(String ownerId) {
    return owners.contains(ownerId);
  }

  synchronized void searchLag(int searches) {
    this.searchLag = searches;
  }

  /** Lets the search index catch up with every write so far. */
  synchronized void indexNow() {
    contacts.values().forEach(c -> c.hiddenForSearches = 0);
    notes.values().forEach(n -> n.hiddenForSearches = 0);
  }

  synchronized Optional<CrmObject> contactByEmail(String email) {
    String wanted = email.trim().toLowerCase(Locale.ROOT);
    return contacts.values().stream()
        .filter(c -> wanted.equals(c.properties.getOrDefault("email", "").toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  synchronized Optional<CrmObject> contact(String id) {
    return Optional.ofNullable(contacts.get(id));
  }

  synchronized List<CrmObject> contacts() {
    return List.copyOf(contacts.values());
  }

  synchronized CrmObject createContact(Map<String, String> properties) {
    CrmObject contact = newObject();
    contact.properties.putAll(properties);
    contacts.put(contact.id, contact);
    return contact;
  }

  synchronized void setContactProperty(String email, String property, String value) {
    CrmObject contact =
        contactByEmail(email).orElseGet(() -> createContact(Map.of("email", email.trim())));
    contact.properties.put(property, value);
    contact.updatedAt = Instant.now();
  }

  synchronized Optional<CrmObject> updateContact(String id, Map<String, String> properties) {
    CrmObject contact = contacts.get(id);
    if (contact != null) {
      contact.properties.putAll(properties);
      contact.updatedAt = Instant.now();
    }
    return Optional.ofNullable(contact);
  }

  /** Contacts the search index shows with this e-mail; every search lets the index catch up. */
  synchronized List<CrmObject> searchContacts(String email) {
    String wanted = email.trim().toLowerCase(Locale.ROOT);
    List<CrmObject> found =
        contacts.values().stream()
            .filter(c -> c.hiddenForSearches <= 0)
            .filter(c -> wanted.equals(c.properties.getOrDefault("email", "").toLowerCase()))
            .toList();
    catchUp(contacts);
    return found;
  }

  synchronized CrmObject createNote(Map<String, String> properties, List<String> contactIds) {
    CrmObject note = newObject();
    note.properties.putAll(properties);
    note.contactIds.addAll(contactIds);
    notes.put(note.id, note);
    return note;
  }

  synchronized Optional<CrmObject> note(String id) {
    return Optional.ofNullable(notes.get(id));
  }

  synchronized List<CrmObject> notesOf(String contactId) {
    return notes.values().stream().filter(n -> n.contactIds.contains(contactId)).toList();
  }

  /** Notes the search index shows whose body holds the token and (if given) on that contact. */
  synchronized List<CrmObject> searchNotes(String token, Optional<String> contactId) {
    List<CrmObject> found =
        notes.values().stream()
            .filter(n -> n.hiddenForSearches <= 0)
            .filter(n -> n.properties.getOrDefault("hs_note_body", "").contains(token))
            .filter(n -> contactId.map(n.contactIds::contains).orElse(true))
            .toList();
    catchUp(notes);
    return found;
  }

  private CrmObject newObject() {
    return new CrmObject(String.valueOf(nextId.getAndIncrement()), Instant.now(), searchLag);
  }

  private static void catchUp(Map<String, CrmObject> objects) {
    objects.values().forEach(o -> o.hiddenForSearches = Math.max(0, o.hiddenForSearches - 1));
  }
}
