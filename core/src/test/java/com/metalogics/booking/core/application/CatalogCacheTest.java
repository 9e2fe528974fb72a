package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.PhaseOneCatalog;
import com.metalogics.booking.core.inmemory.InMemoryCatalogRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CatalogCacheTest {

  private static final long RECENT = CatalogCache.RECENT.toNanos();

  private final InMemoryCatalogRepository stored =
      new InMemoryCatalogRepository(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
  private final CountingCatalog repository = new CountingCatalog(stored);
  private final AtomicLong nanos = new AtomicLong(1_000);
  private final CatalogCache cache = new CatalogCache(repository, nanos::get);
  private final Host host = PhaseOneCatalog.host(BookingRules.defaults());

  @Test
  void current_asksTheRevisionEveryTime() {
    cache.current();
    cache.current();

    assertThat(repository.revisionReads()).isEqualTo(2);
  }

  @Test
  void recent_withinTheWindowOfACurrentCall_asksNothing() {
    cache.current();
    nanos.addAndGet(RECENT - 1);

    cache.recent();

    assertThat(repository.revisionReads()).isOne();
  }

  @Test
  void recent_afterTheWindow_asksTheRevision_andSeesAChangeOfAnotherInstance() {
    cache.current();
    stored.save(host, OptionalLong.empty(), "elsewhere");
    nanos.addAndGet(RECENT);

    assertThat(cache.recent().host(host.id())).isPresent();
    assertThat(repository.revisionReads()).isEqualTo(2);
  }

  @Test
  void recent_afterASaveThroughThisInstance_asksAgainAtOnce() {
    cache.current();

    cache.saved(stored.save(host, OptionalLong.empty(), "admin"));

    assertThat(cache.recent().host(host.id())).isPresent();
    assertThat(repository.revisionReads()).isEqualTo(2);
  }

  @Test
  void recent_beforeAnyCurrentCall_readsTheCatalog() {
    stored.save(host, OptionalLong.empty(), "admin");

    assertThat(cache.recent().host(host.id())).isPresent();
  }
}
