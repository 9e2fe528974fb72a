package com.metalogics.booking.adapter.jdbi.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.metalogics.booking.adapter.jdbi.internal.CatalogTable.Type;
import com.metalogics.booking.core.domain.CatalogKind;
import com.metalogics.booking.core.domain.CrmCondition;
import com.metalogics.booking.core.domain.EmailFrequencyLimit;
import com.metalogics.booking.core.domain.VipFrequency;
import com.metalogics.booking.core.domain.VipGrant;
import com.metalogics.booking.core.domain.VipMembers;
import com.metalogics.booking.core.domain.VipTier;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code vip_tiers}: members and grants as JSON, named as the admin API names them. */
final class VipTierTable extends CatalogTable<VipTier> {

  /** The stored shape of a tier's members. */
  record MembersJson(List<String> emails, List<String> domains, ConditionJson crmProperty) {}

  record ConditionJson(String property, String value) {}

  /**
   * The stored shape of a grant; {@code frequency} is {@code "type"}, {@code "none"} or {@code
   * "own"} with {@code frequencyLimit}.
   */
  record GrantJson(
      String eventType,
      int reservedShare,
      int releaseHours,
      Integer maxAdvanceDays,
      Long minNoticeMinutes,
      String frequency,
      CatalogJson.FrequencyJson frequencyLimit) {}

  VipTierTable() {
    super(
        CatalogKind.VIP_TIER,
        VipTier.class,
        "vip_tiers",
        List.of(
            new Column("id", Type.TEXT),
            new Column("name", Type.TEXT),
            new Column("members", Type.JSON),
            new Column("grants", Type.JSON),
            new Column("active", Type.FLAG)));
  }

  @Override
  Map<String, Object> values(VipTier tier) {
    Map<String, Object> values = new HashMap<>();
    values.put("id", tier.id());
    values.put("name", tier.name());
    values.put("members", CatalogJson.write(members(tier.members())));
    values.put(
        "grants", CatalogJson.write(tier.grants().stream().map(VipTierTable::grant).toList()));
    values.put("active", tier.active());
    return values;
  }

  @Override
  VipTier item(Values values) {
    MembersJson members = CatalogJson.read(values.text("members"), new TypeReference<>() {});
    List<GrantJson> grants = CatalogJson.read(values.text("grants"), new TypeReference<>() {});
    return new VipTier(
        values.text("id"),
        values.text("name"),
        new VipMembers(
            members.emails(),
            members.domains(),
            Optional.ofNullable(members.crmProperty())
                .map(c -> new CrmCondition(c.property(), c.value()))),
        grants.stream().map(VipTierTable::grant).toList(),
        values.flag("active"));
  }

  private static MembersJson members(VipMembers members) {
    return new MembersJson(
        members.emails(),
        members.domains(),
        members.crmCondition().map(c -> new ConditionJson(c.property(), c.value())).orElse(null));
  }

  private static GrantJson grant(VipGrant grant) {
    String frequency = "type";
    CatalogJson.FrequencyJson limit = null;
    if (grant.frequency() instanceof VipFrequency.Unlimited) {
      frequency = "none";
    } else if (grant.frequency() instanceof VipFrequency.Limited own) {
      frequency = "own";
      limit = new CatalogJson.FrequencyJson(own.limit().max(), own.limit().windowDays());
    }
    return new GrantJson(
        grant.eventType().orElse(null),
        grant.reservedShare(),
        grant.releaseHours(),
        grant.maxAdvanceDays().isPresent() ? grant.maxAdvanceDays().getAsInt() : null,
        grant.minNotice().map(Duration::toMinutes).orElse(null),
        frequency,
        limit);
  }

  private static VipGrant grant(GrantJson json) {
    VipFrequency frequency =
        switch (json.frequency()) {
          case "none" -> VipFrequency.UNLIMITED;
          case "own" ->
              new VipFrequency.Limited(
                  new EmailFrequencyLimit(
                      json.frequencyLimit().max(), json.frequencyLimit().windowDays()));
          default -> VipFrequency.TYPE_DEFAULT;
        };
    return new VipGrant(
        Optional.ofNullable(json.eventType()),
        json.reservedShare(),
        json.releaseHours(),
        json.maxAdvanceDays() == null ? OptionalInt.empty() : OptionalInt.of(json.maxAdvanceDays()),
        Optional.ofNullable(json.minNoticeMinutes()).map(Duration::ofMinutes),
        frequency);
  }
}
