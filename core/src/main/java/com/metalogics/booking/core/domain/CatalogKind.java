package com.metalogics.booking.core.domain;

/** The kinds of {@link CatalogItem}, named as the admin API's paths name them. */
public enum CatalogKind {
  SCHEDULE("schedule"),
  HOST("host"),
  EVENT_TYPE("event-type"),
  VIP_TIER("vip-tier");

  private final String label;

  CatalogKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
