package com.metalogics.booking.core.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a booking's lead came from: what the booking page captured, and what the CRM recorded for
 * the contact once it was upserted.
 */
public record Attribution(LeadSource source, Optional<CrmOrigin> crmOrigin) {

  public static final Attribution NONE = new Attribution(LeadSource.NONE, Optional.empty());

  public Attribution {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(crmOrigin, "crmOrigin");
  }

  public static Attribution of(LeadSource source) {
    return new Attribution(source, Optional.empty());
  }

  public Attribution withCrmOrigin(CrmOrigin origin) {
    return new Attribution(source, Optional.of(origin));
  }
}
