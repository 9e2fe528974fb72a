package com.metalogics.booking.core.application;

import com.metalogics.booking.core.port.out.CatalogRepository;

/**
 * The catalog of this instance, read again only when the repository's revision moved: every request
 * asks for it, an admin change (in any instance) is seen by the next request.
 */
final class CatalogCache {

  private final CatalogRepository repository;
  private volatile CatalogSnapshot current;

  CatalogCache(CatalogRepository repository) {
    this.repository = repository;
  }

  /**
   * The snapshot of the current revision. The revision is read before the items: a save in between
   * leaves a snapshot labelled older than it is, which the next call reads again.
   */
  CatalogSnapshot current() {
    long revision = repository.revision();
    CatalogSnapshot snapshot = current;
    if (snapshot == null || snapshot.revision() != revision) {
      snapshot = CatalogSnapshot.read(repository, revision);
      current = snapshot;
    }
    return snapshot;
  }

  /**
   * The snapshot of {@code revision}, which the caller has just read from storage: the kept one
   * when it is of that revision, else read anew.
   */
  CatalogSnapshot at(long revision) {
    CatalogSnapshot snapshot = current;
    if (snapshot != null && snapshot.revision() == revision) {
      return snapshot;
    }
    return current();
  }

  /** The snapshot last read, without asking storage whether it moved since; read one if none. */
  CatalogSnapshot lastRead() {
    CatalogSnapshot snapshot = current;
    return snapshot == null ? current() : snapshot;
  }

  long revision() {
    return repository.revision();
  }
}
