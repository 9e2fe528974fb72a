package com.metalogics.booking.core.application;

import com.metalogics.booking.core.availability.HoldBack;
import com.metalogics.booking.core.availability.Priority;
import com.metalogics.booking.core.domain.CrmCondition;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.domain.VipGrant;
import com.metalogics.booking.core.domain.VipLink;
import com.metalogics.booking.core.domain.VipTier;
import com.metalogics.booking.core.port.in.Warning;
import com.metalogics.booking.core.port.out.CrmPort;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Decides whether a visitor is a VIP for an event type. For the slots query only a link counts (a
 * flawed one is ignored: everyone's slots). For a booking, in this order: the link (a flawed one,
 * or one bound to another e-mail, is refused), a tier listing the address or its domain, a tier
 * whose CRM condition the contact meets. The CRM is asked within a short budget; when it cannot
 * answer, the ordinary rules apply and the answer carries {@link Warning#CRM_UNAVAILABLE}.
 */
final class VipDesk {

  private static final System.Logger LOG = System.getLogger(VipDesk.class.getName());
  static final String TOKEN_FIELD = "vipToken";

  private final VipLinks links;
  private final CrmPort crm;
  private final Executor executor;
  private final Duration crmBudget;

  VipDesk(VipLinks links, CrmPort crm, Executor executor, Duration crmBudget) {
    this.links = links;
    this.crm = crm;
    this.executor = executor;
    this.crmBudget = crmBudget;
  }

  /** For the slots query: the link's tier when the token is sound, else the ordinary rules. */
  VipStatus forSlots(
      CatalogSnapshot catalog, String eventType, Optional<String> token, Instant now) {
    HoldBack hold = catalog.holdBackOf(eventType);
    Optional<VipTier> tier =
        token
            .flatMap(t -> links.check(t, now).link())
            .flatMap(link -> linkedTier(catalog, eventType, link));
    return status(tier, eventType, hold, List.of());
  }

  /**
   * For a booking by {@code email}.
   *
   * @throws ValidationException naming {@code vipToken} when the token is flawed, expired, for
   *     another e-mail, or for a tier that grants nothing here
   */
  VipStatus forBooking(
      CatalogSnapshot catalog,
      String eventType,
      String email,
      Optional<String> token,
      Instant now) {
    HoldBack hold = catalog.holdBackOf(eventType);
    if (token.isPresent()) {
      VipLink link = requireSound(token.get(), email, now);
      VipTier tier =
          linkedTier(catalog, eventType, link)
              .orElseThrow(
                  () ->
                      ValidationException.ofField(
                          TOKEN_FIELD, "does not apply to this event type"));
      return status(Optional.of(tier), eventType, hold, List.of());
    }
    List<VipTier> tiers = catalog.tiersFor(eventType);
    Optional<VipTier> listed = tiers.stream().filter(t -> t.members().listed(email)).findFirst();
    if (listed.isPresent()) {
      return status(listed, eventType, hold, List.of());
    }
    List<VipTier> byCrm =
        tiers.stream().filter(t -> t.members().crmCondition().isPresent()).toList();
    if (byCrm.isEmpty()) {
      return status(Optional.empty(), eventType, hold, List.of());
    }
    Optional<Optional<VipTier>> answered = readWithinBudget(() -> crmTier(byCrm, email));
    if (answered.isEmpty()) {
      return status(Optional.empty(), eventType, hold, List.of(Warning.CRM_UNAVAILABLE));
    }
    return status(answered.get(), eventType, hold, List.of());
  }

  private VipLink requireSound(String token, String email, Instant now) {
    VipLinks.Checked checked = links.check(token, now);
    if (checked.flaw().isPresent()) {
      throw ValidationException.ofField(
          TOKEN_FIELD,
          switch (checked.flaw().get()) {
            case EXPIRED -> "has expired";
            case TAMPERED, MALFORMED -> "is not valid";
          });
    }
    VipLink link = checked.link().orElseThrow();
    if (!link.allows(email)) {
      throw ValidationException.ofField(TOKEN_FIELD, "is for another e-mail address");
    }
    return link;
  }

  private static Optional<VipTier> linkedTier(
      CatalogSnapshot catalog, String eventType, VipLink link) {
    return catalog.tiersFor(eventType).stream()
        .filter(t -> t.id().equals(link.tierId()))
        .findFirst();
  }

  /** The first tier, by id, whose condition the contact meets; one CRM read per property. */
  private Optional<VipTier> crmTier(List<VipTier> tiers, String email) {
    Map<String, Optional<String>> read = new HashMap<>();
    for (VipTier tier : tiers) {
      CrmCondition condition = tier.members().crmCondition().orElseThrow();
      Optional<String> value =
          read.computeIfAbsent(
              condition.property(), property -> crm.contactProperty(email, property));
      if (value.filter(condition::matches).isPresent()) {
        return Optional.of(tier);
      }
    }
    return Optional.empty();
  }

  private static VipStatus status(
      Optional<VipTier> tier, String eventType, HoldBack hold, List<Warning> warnings) {
    Optional<VipGrant> grant = tier.flatMap(t -> t.grantFor(eventType));
    Priority priority =
        grant
            .map(g -> Priority.vip(hold, new Priority.VipTerms(g.minNotice(), g.maxAdvanceDays())))
            .orElse(Priority.ordinary(hold));
    return new VipStatus(tier, grant, priority, warnings);
  }

  /**
   * The status of a booking made earlier under {@code tierId}: that tier's terms while it lasts.
   */
  static VipStatus ofTier(CatalogSnapshot catalog, String eventType, Optional<String> tierId) {
    Optional<VipTier> tier =
        tierId.flatMap(
            id -> catalog.tiersFor(eventType).stream().filter(t -> t.id().equals(id)).findFirst());
    return status(tier, eventType, catalog.holdBackOf(eventType), List.of());
  }

  /** A CRM that does not answer in time counts as unreadable, like one that fails. */
  private <T> Optional<T> readWithinBudget(Supplier<T> read) {
    CompletableFuture<T> future = CompletableFuture.supplyAsync(read, executor);
    try {
      return Optional.of(future.get(crmBudget.toMillis(), TimeUnit.MILLISECONDS));
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof IntegrationException)) {
        LOG.log(Level.ERROR, "CRM port threw an untyped error", e.getCause());
      }
      LOG.log(Level.WARNING, "CRM unreadable for the VIP check, ordinary rules apply");
      return Optional.empty();
    } catch (TimeoutException e) {
      future.cancel(true);
      LOG.log(Level.WARNING, "CRM timed out for the VIP check, ordinary rules apply");
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
