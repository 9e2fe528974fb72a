package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.port.out.Stored;
import java.util.List;
import java.util.Optional;

/**
 * The hosts a booking names, as the catalog holds them now (checked at most {@link
 * CatalogCache#RECENT} ago): what the effects address (the lead host's calendar and CRM owner, the
 * other hosts as guests). A host since removed from the catalog is left out.
 */
final class BookingHosts {

  private final CatalogCache catalog;

  BookingHosts(CatalogCache catalog) {
    this.catalog = catalog;
  }

  /** The booking's hosts, the lead first. */
  List<Host> of(Placement placement) {
    CatalogSnapshot snapshot = catalog.recent();
    return placement.hostIds().stream()
        .map(snapshot::host)
        .flatMap(Optional::stream)
        .map(Stored::value)
        .toList();
  }

  Optional<Host> lead(Placement placement) {
    return host(placement.hostId());
  }

  Optional<Host> host(String id) {
    return catalog.recent().host(id).map(Stored::value);
  }
}
