package com.metalogics.booking.adapter.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.metalogics.booking.adapter.hubspot.internal.HubSpotCallException.Kind;
import com.metalogics.booking.core.domain.CrmOrigin;
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

  /** HubSpot's original source of a contact and its two drill-down levels. */
  public static final String SOURCE = "hs_analytics_source";

  private static final String SOURCE_1 = "hs_analytics_source_data_1";
  private static final String SOURCE_2 = "hs_analytics_source_data_2";

  /** A contact found by e-mail, with where HubSpot says it originally came from. */
  public record Found(String id, Optional<CrmOrigin> origin) {}

  /**
   * The contact with this e-mail, as far as HubSpot's (lagging) search index knows; the same search
   * reads its original source, so knowing it costs no call of its own.
   */
  public Optional<Found> findByEmail(String email) {
    ObjectNode body = client.json().createObjectNode();
    ObjectNode filter = body.putArray("filterGroups").addObject().putArray("filters").addObject();
    filter.put("propertyName", "email").put("operator", "EQ").put("value", email);
    body.putArray("properties").add("email").add(SOURCE).add(SOURCE_1).add(SOURCE_2);
    body.put("limit", 1);
    JsonNode answer = policies.search(() -> client.post(PATH + "/search", body));
    JsonNode first = answer.path("results").path(0);
    if (!first.hasNonNull("id")) {
      return Optional.empty();
    }
    return Optional.of(new Found(first.get("id").asText(), originOf(first.path("properties"))));
  }

  /** The original source among a contact's properties; empty when HubSpot has none yet. */
  static Optional<CrmOrigin> originOf(JsonNode properties) {
    Optional<String> source = text(properties, SOURCE);
    return source.map(
        s -> new CrmOrigin(s, text(properties, SOURCE_1), text(properties, SOURCE_2)));
  }

  private static Optional<String> text(JsonNode properties, String name) {
    JsonNode value = properties.path(name);
    return value.isTextual() && !value.asText().isBlank()
        ? Optional.of(value.asText().trim())
        : Optional.empty();
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
