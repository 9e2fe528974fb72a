package com.metalogics.booking.core.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A group of visitors the company treats better: who belongs ({@link VipMembers}, or a signed link)
 * and what they get per event type ({@link VipGrant}). Every problem is named at once, keyed by the
 * admin API's names ({@code members.emails[0]}, {@code grants[1].reservedShare}).
 */
public record VipTier(
    String id, String name, VipMembers members, List<VipGrant> grants, boolean active)
    implements CatalogItem {

  static final int MAX_NAME = 200;
  static final int MAX_MEMBERS = 10_000;
  static final int MAX_GRANTS = 100;
  static final int MAX_PROPERTY = 100;
  static final int MAX_RELEASE_HOURS = 24 * 365;

  public VipTier {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(members, "members");
    grants = List.copyOf(grants);
    Problems problems = new Problems();
    problems.slug("id", id);
    problems.text("name", name, MAX_NAME, true);
    checkMembers(problems, members);
    checkGrants(problems, grants);
    problems.throwIfAny();
  }

  /** The grant for {@code eventTypeSlug}: the type's own when there is one, else the general. */
  public Optional<VipGrant> grantFor(String eventTypeSlug) {
    Optional<VipGrant> own =
        grants.stream().filter(g -> g.eventType().equals(Optional.of(eventTypeSlug))).findFirst();
    return own.or(() -> grants.stream().filter(g -> g.eventType().isEmpty()).findFirst());
  }

  private static void checkMembers(Problems problems, VipMembers members) {
    problems.require(
        members.emails().size() <= MAX_MEMBERS, "members.emails", "at most " + MAX_MEMBERS);
    problems.require(
        members.domains().size() <= MAX_MEMBERS, "members.domains", "at most " + MAX_MEMBERS);
    for (int i = 0; i < members.emails().size(); i++) {
      problems.require(
          EmailAddress.isWellFormed(members.emails().get(i)),
          "members.emails[" + i + "]",
          "must be an e-mail address");
    }
    for (int i = 0; i < members.domains().size(); i++) {
      String domain = members.domains().get(i);
      problems.require(
          EmailAddress.isWellFormed("x@" + domain),
          "members.domains[" + i + "]",
          "must be a domain such as example.com");
    }
    members
        .crmCondition()
        .ifPresent(
            c -> {
              problems.text("members.crmProperty.property", c.property(), MAX_PROPERTY, true);
              problems.text("members.crmProperty.value", c.value(), MAX_NAME, true);
            });
  }

  private static void checkGrants(Problems problems, List<VipGrant> grants) {
    problems.require(grants.size() <= MAX_GRANTS, "grants", "at most " + MAX_GRANTS);
    Set<Optional<String>> seen = new HashSet<>();
    for (int i = 0; i < grants.size(); i++) {
      String at = "grants[" + i + "]";
      VipGrant grant = Objects.requireNonNull(grants.get(i), "grants");
      grant.eventType().ifPresent(slug -> problems.slug(at + ".eventType", slug));
      problems.require(
          seen.add(grant.eventType()), at + ".eventType", "another grant covers the same types");
      problems.range(at + ".reservedShare", grant.reservedShare(), 0, 100);
      problems.range(at + ".releaseHours", grant.releaseHours(), 0, MAX_RELEASE_HOURS);
      grant
          .maxAdvanceDays()
          .ifPresent(d -> problems.range(at + ".maxAdvanceDays", d, 1, EventType.MAX_ADVANCE_DAYS));
      grant
          .minNotice()
          .ifPresent(
              n ->
                  problems.minutes(
                      at + ".minNoticeMinutes",
                      n,
                      0,
                      (long) EventType.MAX_ADVANCE_DAYS * EventType.DAY_MINUTES));
      if (grant.frequency() instanceof VipFrequency.Limited limited) {
        problems.range(at + ".frequencyLimit.max", limited.limit().max(), 1, Integer.MAX_VALUE);
        problems.range(
            at + ".frequencyLimit.windowDays",
            limited.limit().windowDays(),
            1,
            EventType.MAX_ADVANCE_DAYS);
      }
    }
  }

  @Override
  public CatalogKind catalogKind() {
    return CatalogKind.VIP_TIER;
  }

  @Override
  public String key() {
    return id;
  }
}
