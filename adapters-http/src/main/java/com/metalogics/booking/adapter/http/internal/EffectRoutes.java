package com.metalogics.booking.adapter.http.internal;

import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectState;
import com.metalogics.booking.core.domain.ErrorCode;
import com.metalogics.booking.core.port.in.ManageEffects;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The admin's view of the outbox: a booking's effects, and another try of one. */
public final class EffectRoutes {

  private static final Logger log = LoggerFactory.getLogger(EffectRoutes.class);
  private static final Pattern UUID_SHAPE =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final ManageEffects effects;

  public EffectRoutes(ManageEffects effects) {
    this.effects = effects;
  }

  /**
   * One effect as the admin sees it; {@code nextAttemptAt} only while it is pending, the payload
   * never (a webhook body may hold personal data).
   */
  record EffectView(
      UUID id,
      String kind,
      String target,
      int revision,
      EffectState state,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      String remoteRef,
      Instant dueAt,
      Instant updatedAt) {

    static EffectView of(Effect e) {
      return new EffectView(
          e.id(),
          e.kind().name(),
          e.target(),
          e.revision(),
          e.state(),
          e.attempts(),
          e.isPending() ? e.nextAttemptAt() : null,
          e.lastError().orElse(null),
          e.remoteRef().orElse(null),
          e.dueAt(),
          e.updatedAt());
    }
  }

  record EffectList(List<EffectView> effects) {}

  record OneEffect(EffectView effect) {}

  public void list(Context ctx) {
    UUID bookingId = Params.bookingId(ctx);
    Envelope.ok(
        ctx, new EffectList(effects.effectsOf(bookingId).stream().map(EffectView::of).toList()));
  }

  public void retry(Context ctx) {
    String raw = ctx.pathParam("id");
    if (!UUID_SHAPE.matcher(raw).matches()) {
      throw new ApiException(ErrorCode.NOT_FOUND, "Effect not found");
    }
    Effect after = effects.retry(UUID.fromString(raw));
    log.info("admin retry of effect {}: {}", after.id(), after.state());
    Envelope.ok(ctx, new OneEffect(EffectView.of(after)));
  }
}
