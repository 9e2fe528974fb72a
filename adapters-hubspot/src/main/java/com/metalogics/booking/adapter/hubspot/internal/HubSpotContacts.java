package com.metalogics.booking.adapter.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.metalogics.booking.adapter.hubspot.internal.HubSpotCallException.Kind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contact calls of the CRM v3 API: search by e-mail, create, update, read a property, and a cheap
 * read probe.
 */
public final class HubSpotContacts {

  static final String PATH = "/crm/v3/objects/contacts";

  /** HubSpot's 409 message on a duplicate e-mail: "Contact already exists. Existing ID: 123". */
  private static final Pattern EXISTING_ID = Pattern.compile("Existing ID: ?(\\d+)");

  private final HubSpotClient client;
  private final HubSpotPolicies policies;

  public HubSpotContacts(HubSpotClient client, HubSpotPolicies policies) {
    this.client = client;
    this.policies = policies;
  }

  /** The id of the contact with this e-mail, as far as HubSpot's (lagging) search index knows. */
  public Optional<String> findIdByEmail(String email) {
    ObjectNode body = client.json().createObjectNode();
    ObjectNode filter = body.putArray("filterGroups").addObject().putArray("filters").addObject();
    filter.put("propertyName", "email").put("operator", "EQ").put("value", email);
    body.putArray("properties").add("email");
    body.put("limit", 1);
    JsonNode answer = policies.search(() -> client.post(PATH + "/search", body));
    JsonNode first = answer.path("results").path(0);
    return first.hasNonNull("id") ? Optional.of(first.get("id").asText()) : Optional.empty();
  }

  /**
   * Creates the contact; when HubSpot answers that one with this e-mail exists already (its search
   * index lagged behind), updates that one instead.
   */
  public String createOrUpdateExisting(Map<String, String> properties) {
    try {
      JsonNode created = policies.call(() -> client.post(PATH, withProperties(properties)));
      return created.path("id").asText();
    } catch (HubSpotCallException e) {
      Optional<String> existing = existingIdOf(e);
      if (existing.isEmpty()) {
        throw e;
      }
      update(existing.get(), properties);
      return existing.get();
    }
  }

  public void update(String contactId, Map<String, String> properties) {
    policies.call(() -> client.patch(PATH + "/" + contactId, withProperties(properties)));
  }

  /**
   * The value of one property of the contact; empty when it has none, or when there is no contact
   * with that id any more.
   */
  public Optional<String> property(String contactId, String property) {
    try {
      JsonNode contact =
          policies.call(
              () ->
                  client.get(
                      PATH
                          + "/"
                          + contactId
                          + "?properties="
                          + URLEncoder.encode(property, StandardCharsets.UTF_8)));
      JsonNode value = contact.path("properties").path(property);
      return value.isTextual() && !value.asText().isBlank()
          ? Optional.of(value.asText())
          : Optional.empty();
    } catch (HubSpotCallException e) {
      if (e.kind() == Kind.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** One cheap authenticated read: proves the token, its scopes and the network. */
  public void probe() {
    policies.call(() -> client.get(PATH + "?limit=1"));
  }

  private ObjectNode withProperties(Map<String, String> properties) {
    ObjectNode body = client.json().createObjectNode();
    ObjectNode props = body.putObject("properties");
    properties.forEach(props::put);
    return body;
  }

  private static Optional<String> existingIdOf(HubSpotCallException e) {
    if (e.kind() != Kind.CONFLICT) {
      return Optional.empty();
    }
    Matcher matcher = EXISTING_ID.matcher(String.valueOf(e.getMessage()));
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}
