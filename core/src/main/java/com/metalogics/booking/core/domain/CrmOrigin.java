package com.metalogics.booking.core.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the CRM says the contact originally came from (HubSpot: {@code hs_analytics_source} and its
 * two drill-down properties), read back when the contact is upserted.
 *
 * @param source the CRM's source category, e.g. {@code ORGANIC_SEARCH}
 */
public record CrmOrigin(String source, Optional<String> detail1, Optional<String> detail2) {

  public CrmOrigin {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(detail1, "detail1");
    Objects.requireNonNull(detail2, "detail2");
    if (source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank");
    }
  }
}
