package com.metalogics.booking.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.core.domain.CrmCondition;
import com.metalogics.booking.core.domain.EmailFrequencyLimit;
import com.metalogics.booking.core.domain.VipFrequency;
import com.metalogics.booking.core.domain.VipGrant;
import com.metalogics.booking.core.domain.VipMembers;
import com.metalogics.booking.core.domain.VipTier;
import com.metalogics.booking.core.port.out.Stored;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A VIP tier as the admin API shows and takes it. In a grant, an absent {@code eventType} covers
 * every type; an absent {@code frequencyLimit} keeps the type's, {@code "none"} lifts it, an object
 * {@code {max, windowDays}} replaces it. Defaults when absent: no members, no grants, active.
 */
final class VipTierJson {

  static final String NO_LIMIT = "none";

  private VipTierJson() {}

  record ConditionView(String property, String value) {}

  record MembersView(List<String> emails, List<String> domains, ConditionView crmProperty) {}

  record GrantView(
      String eventType,
      int reservedShare,
      int releaseHours,
      Integer maxAdvanceDays,
      Long minNoticeMinutes,
      Object frequencyLimit) {}

  record TierView(
      String id,
      String name,
      MembersView members,
      List<GrantView> grants,
      boolean active,
      @JsonInclude(JsonInclude.Include.NON_NULL) Long version) {}

  record Parsed(VipTier tier, OptionalLong version) {}

  static TierView view(Stored<VipTier> stored) {
    return view(stored.value(), stored.version());
  }

  /** A tier as answered; {@code version} null where the answer names none (the audit's items). */
  static TierView view(VipTier t, Long version) {
    VipMembers m = t.members();
    return new TierView(
        t.id(),
        t.name(),
        new MembersView(
            m.emails(),
            m.domains(),
            m.crmCondition().map(c -> new ConditionView(c.property(), c.value())).orElse(null)),
        t.grants().stream().map(VipTierJson::view).toList(),
        t.active(),
        version);
  }

  private static GrantView view(VipGrant g) {
    Object frequency = null;
    if (g.frequency() instanceof VipFrequency.Unlimited) {
      frequency = NO_LIMIT;
    } else if (g.frequency() instanceof VipFrequency.Limited own) {
      frequency = new EventTypeJson.FrequencyView(own.limit().max(), own.limit().windowDays());
    }
    return new GrantView(
        g.eventType().orElse(null),
        g.reservedShare(),
        g.releaseHours(),
        g.maxAdvanceDays().isPresent() ? g.maxAdvanceDays().getAsInt() : null,
        g.minNotice().map(Duration::toMinutes).orElse(null),
        frequency);
  }

  static Parsed parse(JsonNode body, String id) {
    CatalogFields f = new CatalogFields();
    f.key(body, "id", id);
    String name = f.requiredText(body, "name", "name");
    VipMembers members = members(f, body);
    List<VipGrant> grants = grants(f, body);
    boolean active = f.bool(body, "active", "active").orElse(true);
    OptionalLong version = f.version(body);
    VipTier tier = f.build(() -> new VipTier(id, name, members, grants, active), Map::of);
    return new Parsed(tier, version);
  }

  private static VipMembers members(CatalogFields f, JsonNode body) {
    Optional<JsonNode> node = f.object(body, "members", "members");
    if (node.isEmpty()) {
      return VipMembers.LINK_ONLY;
    }
    List<String> emails = strings(f, node.get(), "emails", "members.emails");
    List<String> domains = strings(f, node.get(), "domains", "members.domains");
    Optional<JsonNode> condition = f.object(node.get(), "crmProperty", "members.crmProperty");
    Optional<CrmCondition> crm =
        condition.map(
            c ->
                new CrmCondition(
                    f.requiredText(c, "property", "members.crmProperty.property"),
                    f.requiredText(c, "value", "members.crmProperty.value")));
    return new VipMembers(emails, domains, crm);
  }

  private static List<VipGrant> grants(CatalogFields f, JsonNode body) {
    List<VipGrant> grants = new ArrayList<>();
    List<JsonNode> nodes = f.array(body, "grants", "grants").orElse(List.of());
    for (int i = 0; i < nodes.size(); i++) {
      String at = "grants[" + i + "]";
      JsonNode g = nodes.get(i);
      if (!g.isObject()) {
        f.problem(at, "must be an object");
        continue;
      }
      Optional<String> type = f.text(g, "eventType", at + ".eventType").filter(s -> !s.isBlank());
      int share = f.integer(g, "reservedShare", at + ".reservedShare").orElse(0);
      int release = f.integer(g, "releaseHours", at + ".releaseHours").orElse(0);
      Optional<Integer> advance = f.integer(g, "maxAdvanceDays", at + ".maxAdvanceDays");
      Optional<Integer> notice = f.integer(g, "minNoticeMinutes", at + ".minNoticeMinutes");
      grants.add(
          new VipGrant(
              type,
              share,
              release,
              advance.map(OptionalInt::of).orElse(OptionalInt.empty()),
              notice.map(Duration::ofMinutes),
              frequency(f, g, at + ".frequencyLimit")));
    }
    return grants;
  }

  private static VipFrequency frequency(CatalogFields f, JsonNode grant, String path) {
    Optional<JsonNode> node = CatalogFields.child(grant, "frequencyLimit");
    if (node.isEmpty()) {
      return VipFrequency.TYPE_DEFAULT;
    }
    if (node.get().isTextual() && NO_LIMIT.equals(node.get().textValue())) {
      return VipFrequency.UNLIMITED;
    }
    if (!node.get().isObject()) {
      f.problem(path, "must be \"none\" or {max, windowDays}");
      return VipFrequency.TYPE_DEFAULT;
    }
    Optional<Integer> max = f.integer(node.get(), "max", path + ".max");
    Optional<Integer> window = f.integer(node.get(), "windowDays", path + ".windowDays");
    if (max.isEmpty() && !f.has(path + ".max")) {
      f.problem(path + ".max", "is required");
    }
    if (window.isEmpty() && !f.has(path + ".windowDays")) {
      f.problem(path + ".windowDays", "is required");
    }
    return new VipFrequency.Limited(new EmailFrequencyLimit(max.orElse(1), window.orElse(1)));
  }

  /** Texts; a non-text element is named and left out. */
  private static List<String> strings(CatalogFields f, JsonNode node, String name, String path) {
    List<String> out = new ArrayList<>();
    List<JsonNode> elements = f.array(node, name, path).orElse(List.of());
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i).isTextual()) {
        out.add(elements.get(i).textValue());
      } else {
        f.problem(path + "[" + i + "]", "must be a string");
      }
    }
    return out;
  }
}
