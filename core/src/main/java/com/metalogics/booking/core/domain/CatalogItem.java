package com.metalogics.booking.core.domain;

/**
 * What an admin manages at run time: schedules, hosts, event types and VIP tiers. Each has a key
 * unique among its kind ({@link Schedule#id()}, {@link Host#id()}, {@link EventType#slug()}, {@link
 * VipTier#id()}).
 */
public sealed interface CatalogItem permits Schedule, Host, EventType, VipTier {

  /** The kind's name as the admin API and the audit log spell it. */
  CatalogKind catalogKind();

  /** The key unique among the items of this kind. */
  String key();
}
