package com.metalogics.booking.adapter.hubspot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.metalogics.booking.adapter.hubspot.fake.FakeHubSpotStore.CrmObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The CRM v3 endpoints of the fake, answering with HubSpot's JSON shapes. */
final class FakeHubSpotRoutes {

  /** What to send back. */
  record Answer(int status, JsonNode body) {}

  private static final String CONTACTS = "/crm/v3/objects/contacts";
  private static final String NOTES = "/crm/v3/objects/notes";
  private static final String OWNER = "hubspot_owner_id";
  private static final Pattern CONTACT = Pattern.compile("^" + CONTACTS + "/(\\d+)$");
  private static final Pattern CONTACT_NOTES =
      Pattern.compile("^" + CONTACTS + "/(\\d+)/associations/notes$");

  private final ObjectMapper json;
  private final FakeHubSpotStore store;

  FakeHubSpotRoutes(ObjectMapper json, FakeHubSpotStore store) {
    this.json = json;
    this.store = store;
  }

  Answer route(String method, String path, JsonNode body) {
    Matcher contact = CONTACT.matcher(path);
    Matcher contactNotes = CONTACT_NOTES.matcher(path);
    String route = method + " " + path;
    if (route.equals("POST " + CONTACTS + "/search")) {
      return searchContacts(body);
    } else if (route.equals("POST " + CONTACTS)) {
      return createContact(body);
    } else if (route.equals("GET " + CONTACTS)) {
      return page(store.contacts().stream().limit(1).toList());
    } else if (method.equals("GET") && contact.matches()) {
      return store
          .contact(contact.group(1))
          .map(c -> new Answer(200, object(c)))
          .orElseGet(() -> error(404, "resource not found", "OBJECT_NOT_FOUND"));
    } else if (method.equals("PATCH") && contact.matches()) {
      return updateContact(contact.group(1), body);
    } else if (method.equals("GET") && contactNotes.matches()) {
      return associatedNotes(contactNotes.group(1));
    } else if (route.equals("POST " + NOTES)) {
      return createNote(body);
    } else if (route.equals("POST " + NOTES + "/batch/read")) {
      return readNotes(body);
    } else if (route.equals("POST " + NOTES + "/search")) {
      return searchNotes(body);
    }
    return error(404, "resource not found", "OBJECT_NOT_FOUND");
  }

  Answer error(int status, String message, String category) {
    ObjectNode body = json.createObjectNode();
    body.put("status", "error").put("message", message);
    body.put("correlationId", java.util.UUID.randomUUID().toString());
    body.put("category", category);
    return new Answer(status, body);
  }

  private Answer searchContacts(JsonNode body) {
    Optional<String> email = filterValue(body, "email", "EQ");
    if (email.isEmpty()) {
      return error(400, "Invalid input JSON: a filter on email is required", "VALIDATION_ERROR");
    }
    return page(store.searchContacts(email.get()));
  }

  private Answer createContact(JsonNode body) {
    Map<String, String> properties = properties(body);
    Optional<Answer> badOwner = checkOwner(properties);
    if (badOwner.isPresent()) {
      return badOwner.get();
    }
    String email = properties.getOrDefault("email", "");
    Optional<CrmObject> existing = store.contactByEmail(email);
    if (existing.isPresent()) {
      return error(409, "Contact already exists. Existing ID: " + existing.get().id, "CONFLICT");
    }
    return new Answer(201, object(store.createContact(properties)));
  }

  private Answer updateContact(String id, JsonNode body) {
    Map<String, String> properties = properties(body);
    Optional<Answer> badOwner = checkOwner(properties);
    if (badOwner.isPresent()) {
      return badOwner.get();
    }
    return store
        .updateContact(id, properties)
        .map(c -> new Answer(200, object(c)))
        .orElseGet(() -> error(404, "resource not found", "OBJECT_NOT_FOUND"));
  }

  /** As HubSpot: the owner must be one of the account's users, else the write is refused. */
  private Optional<Answer> checkOwner(Map<String, String> properties) {
    String owner = properties.get(OWNER);
    if (owner == null || owner.isEmpty() || store.isOwner(owner)) {
      return Optional.empty();
    }
    ObjectNode invalid =
        json.createObjectNode()
            .put("isValid", false)
            .put("message", owner + " is not a valid owner id")
            .put("error", "INVALID_OWNER_ID")
            .put("name", OWNER);
    return Optional.of(
        error(
            400,
            "Property values were not valid: " + json.createArrayNode().add(invalid),
            "VALIDATION_ERROR"));
  }

  private Answer associatedNotes(String contactId) {
    ObjectNode answer = json.createObjectNode();
    ArrayNode results = answer.putArray("results");
    store
        .notesOf(contactId)
        .forEach(n -> results.addObject().put("id", n.id).put("type", "contact_to_note"));
    return new Answer(200, answer);
  }

  private Answer createNote(JsonNode body) {
    List<String> contactIds = new ArrayList<>();
    for (JsonNode association : body.path("associations")) {
      String to = association.path("to").path("id").asText();
      JsonNode type = association.path("types").path(0);
      if (store.contact(to).isEmpty() || type.path("associationTypeId").asInt() != 202) {
        return error(400, "One or more associations are invalid", "VALIDATION_ERROR");
      }
      contactIds.add(to);
    }
    return new Answer(201, object(store.createNote(properties(body), contactIds)));
  }

  private Answer readNotes(JsonNode body) {
    ObjectNode answer = json.createObjectNode().put("status", "COMPLETE");
    ArrayNode results = answer.putArray("results");
    for (JsonNode input : body.path("inputs")) {
      store.note(input.path("id").asText()).ifPresent(n -> results.add(object(n)));
    }
    return new Answer(200, answer);
  }

  private Answer searchNotes(JsonNode body) {
    Optional<String> token = filterValue(body, "hs_note_body", "CONTAINS_TOKEN");
    if (token.isEmpty()) {
      return error(400, "Invalid input JSON: a token filter is required", "VALIDATION_ERROR");
    }
    return page(store.searchNotes(token.get(), filterValue(body, "associations.contact", "EQ")));
  }

  private Answer page(List<CrmObject> objects) {
    ObjectNode answer = json.createObjectNode().put("total", objects.size());
    ArrayNode results = answer.putArray("results");
    objects.forEach(o -> results.add(object(o)));
    return new Answer(200, answer);
  }

  private ObjectNode object(CrmObject object) {
    ObjectNode node = json.createObjectNode().put("id", object.id);
    ObjectNode props = node.putObject("properties");
    object.properties.forEach(props::put);
    props.put("hs_object_id", object.id);
    node.put("createdAt", object.createdAt.toString());
    node.put("updatedAt", object.updatedAt.toString());
    node.put("archived", false);
    return node;
  }

  private static Map<String, String> properties(JsonNode body) {
    Map<String, String> properties = new LinkedHashMap<>();
    body.path("properties")
        .properties()
        .forEach(e -> properties.put(e.getKey(), e.getValue().asText()));
    return properties;
  }

  private static Optional<String> filterValue(JsonNode body, String property, String operator) {
    for (JsonNode group : body.path("filterGroups")) {
      for (JsonNode filter : group.path("filters")) {
        if (property.equals(filter.path("propertyName").asText())
            && operator.equals(filter.path("operator").asText())) {
          return Optional.of(filter.path("value").asText());
        }
      }
    }
    return Optional.empty();
  }
}
