package com.metalogics.booking.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.domain.VipGrant;
import com.metalogics.booking.core.domain.VipLink;
import com.metalogics.booking.core.domain.VipTier;
import com.metalogics.booking.core.port.in.ManageVipTiers;
import com.metalogics.booking.core.port.out.Stored;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** VIP tiers (list, read, create or replace) and the signed links that admit their members. */
public final class VipRoutes {

  private static final Logger log = LoggerFactory.getLogger(VipRoutes.class);

  private final ManageVipTiers tiers;
  private final JsonBody body;
  private final String base;

  /** The answer to a new link: its terms, the token, and the booking page that carries it. */
  record LinkView(
      String tierId,
      @JsonInclude(JsonInclude.Include.NON_NULL) String email,
      Instant expiresAt,
      String token,
      String url) {}

  public VipRoutes(ManageVipTiers tiers, JsonBody body, URI publicBaseUrl) {
    this.tiers = tiers;
    this.body = body;
    this.base = publicBaseUrl.toString().replaceAll("/+$", "");
  }

  public void list(Context ctx) {
    Envelope.ok(ctx, tiers.vipTiers().stream().map(VipTierJson::view).toList());
  }

  public void get(Context ctx) {
    Envelope.ok(ctx, VipTierJson.view(tiers.vipTier(id(ctx))));
  }

  public void put(Context ctx) {
    String id = id(ctx);
    VipTierJson.Parsed parsed = VipTierJson.parse(body.required(ctx), id);
    Stored<VipTier> saved = tiers.saveVipTier(parsed.tier(), parsed.version(), Auth.ADMIN_ACTOR);
    log.info("VIP tier {} saved, version {}", id, saved.version());
    Envelope.send(ctx, parsed.version().isEmpty() ? 201 : 200, VipTierJson.view(saved));
  }

  /** {@code {tierId, email?, expiresAt}}: the link's token and the booking page URL with it. */
  public void createLink(Context ctx) {
    Fields fields = new Fields(body.required(ctx));
    Optional<String> tierId = fields.text("tierId");
    Optional<String> email = fields.text("email").filter(e -> !e.isBlank());
    Optional<Instant> expiresAt = fields.instant("expiresAt");
    fields.requireAll(Map.of("tierId", tierId, "expiresAt", expiresAt));
    VipLink link = new VipLink(tierId.orElseThrow(), email, expiresAt.orElseThrow());
    String token = tiers.issueVipLink(link);
    log.info("VIP link for tier {} issued, expiring {}", link.tierId(), link.expiresAt());
    Envelope.send(
        ctx,
        201,
        new LinkView(
            link.tierId(),
            link.email().orElse(null),
            link.expiresAt(),
            token,
            pageOf(tiers.vipTier(link.tierId()).value())
                + "?vipToken="
                + URLEncoder.encode(token, StandardCharsets.UTF_8)));
  }

  /** The page of the one event type a tier's grants name; the general booking page otherwise. */
  private String pageOf(VipTier tier) {
    List<Optional<String>> types = tier.grants().stream().map(VipGrant::eventType).toList();
    if (types.size() == 1 && types.get(0).isPresent()) {
      return base + "/book/" + types.get(0).get();
    }
    return base + "/";
  }

  private static String id(Context ctx) {
    String id = CatalogFields.pathKey(ctx.pathParam("id"), "id");
    if (id.isBlank()) {
      throw ValidationException.ofField("id", "is required");
    }
    return id;
  }
}
