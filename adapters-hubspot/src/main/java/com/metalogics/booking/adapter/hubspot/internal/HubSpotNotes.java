package com.metalogics.booking.adapter.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Note calls of the CRM v3 API. Each note carries a marker derived from its key so that a note
 * already written can be recognised. Existence is checked through the contact's associations, a
 * consistent read, because the search index lags behind writes and would miss a fresh note.
 */
public final class HubSpotNotes {

  static final String PATH = "/crm/v3/objects/notes";

  /** HubSpot's own association type "note to contact". */
  static final int NOTE_TO_CONTACT = 202;

  private static final int BATCH_READ_LIMIT = 100;

  private final HubSpotClient client;
  private final HubSpotPolicies policies;

  public HubSpotNotes(HubSpotClient client, HubSpotPolicies policies) {
    this.client = client;
    this.policies = policies;
  }

  /**
   * One alphanumeric word, so that it survives HubSpot's HTML handling of note bodies and is a
   * single token for {@code CONTAINS_TOKEN} searches.
   */
  public static String marker(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "bookingnote" + HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  public boolean existsOnContact(String contactId, String marker) {
    List<String> noteIds = noteIdsOf(contactId);
    for (int from = 0; from < noteIds.size(); from += BATCH_READ_LIMIT) {
      List<String> batch = noteIds.subList(from, Math.min(from + BATCH_READ_LIMIT, noteIds.size()));
      for (JsonNode note : readBodies(batch)) {
        if (note.path("properties").path("hs_note_body").asText("").contains(marker)) {
          return true;
        }
      }
    }
    return false;
  }

  public void create(String contactId, Instant timestamp, String body) {
    ObjectNode request = client.json().createObjectNode();
    request
        .putObject("properties")
        .put("hs_timestamp", timestamp.toString())
        .put("hs_note_body", body);
    ObjectNode association = request.putArray("associations").addObject();
    association.putObject("to").put("id", contactId);
    association
        .putArray("types")
        .addObject()
        .put("associationCategory", "HUBSPOT_DEFINED")
        .put("associationTypeId", NOTE_TO_CONTACT);
    policies.call(() -> client.post(PATH, request));
  }

  private List<String> noteIdsOf(String contactId) {
    List<String> ids = new ArrayList<>();
    String after = "";
    do {
      String path =
          HubSpotContacts.PATH
              + "/"
              + contactId
              + "/associations/notes?limit=500"
              + (after.isEmpty()
                  ? ""
                  : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
      JsonNode page = policies.call(() -> client.get(path));
      page.path("results").forEach(r -> ids.add(r.path("id").asText()));
      after = page.path("paging").path("next").path("after").asText("");
    } while (!after.isEmpty());
    return ids;
  }

  private JsonNode readBodies(List<String> noteIds) {
    ObjectNode request = client.json().createObjectNode();
    request.putArray("properties").add("hs_note_body");
    ArrayNode inputs = request.putArray("inputs");
    noteIds.forEach(id -> inputs.addObject().put("id", id));
    return policies.call(() -> client.post(PATH + "/batch/read", request)).path("results");
  }
}
