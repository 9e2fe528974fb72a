package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.CatalogItemNotFoundException;
import com.metalogics.booking.core.domain.CatalogKind;
import com.metalogics.booking.core.domain.EmailAddress;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.domain.VipLink;
import com.metalogics.booking.core.domain.VipTier;
import com.metalogics.booking.core.port.in.ManageVipTiers;
import com.metalogics.booking.core.port.out.CatalogRepository;
import com.metalogics.booking.core.port.out.Stored;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/** VIP tiers as the admin manages them (stored with the catalog), and the links they hand out. */
final class VipTierService implements ManageVipTiers {

  private final CatalogRepository repository;
  private final CatalogCache cache;
  private final VipLinks links;
  private final Clock clock;

  VipTierService(CatalogRepository repository, CatalogCache cache, VipLinks links, Clock clock) {
    this.repository = repository;
    this.cache = cache;
    this.links = links;
    this.clock = clock;
  }

  @Override
  public List<Stored<VipTier>> vipTiers() {
    return cache.current().vipTiers();
  }

  @Override
  public Stored<VipTier> vipTier(String id) {
    return cache
        .current()
        .vipTier(id)
        .orElseThrow(() -> new CatalogItemNotFoundException(CatalogKind.VIP_TIER, id));
  }

  @Override
  public Stored<VipTier> saveVipTier(VipTier tier, OptionalLong expectedVersion, String actor) {
    Objects.requireNonNull(actor, "actor");
    if (actor.isBlank()) {
      throw new IllegalArgumentException("actor must name who makes the change");
    }
    Set<String> types =
        cache.current().eventTypes().stream()
            .map(s -> s.value().slug())
            .collect(Collectors.toSet());
    Map<String, String> problems = new LinkedHashMap<>();
    for (int i = 0; i < tier.grants().size(); i++) {
      String slug = tier.grants().get(i).eventType().orElse(null);
      if (slug != null && !types.contains(slug)) {
        problems.put("grants[" + i + "].eventType", "no event-type '" + slug + "'");
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return cache.saved(repository.save(tier, expectedVersion, actor));
  }

  @Override
  public String issueVipLink(VipLink link) {
    vipTier(link.tierId());
    Instant now = clock.instant();
    Map<String, String> problems = new LinkedHashMap<>();
    if (!link.expiresAt().isAfter(now)) {
      problems.put("expiresAt", "must lie in the future");
    } else if (link.expiresAt().isAfter(now.plus(Duration.ofDays(MAX_LINK_DAYS)))) {
      problems.put("expiresAt", "must lie at most " + MAX_LINK_DAYS + " days ahead");
    }
    link.email()
        .filter(e -> !EmailAddress.isWellFormed(e))
        .ifPresent(e -> problems.put("email", "must be an e-mail address"));
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return links.issue(link);
  }
}
