package com.metalogics.booking.adapter.http.internal;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.metalogics.booking.core.port.in.AvailableSlotsQuery;
import com.metalogics.booking.core.port.in.SlotRange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Available-slots answers of this instance, kept for a few seconds (the seed's response cache). The
 * database stays the authority: a slot taken meanwhile through another instance is refused at
 * booking time, and every booking write through this instance drops all answers at once.
 *
 * <p>Answers to a query with a VIP link are never kept: they hold slots others must not see, and
 * the link may expire any moment. Answers that carry a warning (the calendar could not be read) are
 * never kept: the next caller should get the calendar's answer as soon as it is back. Freshness is
 * judged on the injected clock, so a clock that moves (tests, or a stepped system clock) never
 * revives an old answer.
 *
 * <p>An answer is kept from the second time its query is asked within {@link #ASKED_FOR}, not the
 * first (the "doorkeeper" of TinyLFU). A booking page asks the same few ranges again and again,
 * which are kept from the second visitor on; crawlers and visitors paging far ahead ask ranges that
 * rarely come back. Keeping those filled the cache with answers nobody read again, which outlived a
 * young collection, were promoted and dying old: with every request another range, the collector's
 * pauses took the p99 from 7 ms (nothing kept) to 10 to 13 ms.
 *
 * <p>Concurrent askers of one query share one render, which runs outside the map's locks: rendering
 * inside {@code compute} held a lock of the map while the render waited for its turn to print, and
 * the eviction that needed that lock stalled with it. With 30-day answers of 5-minute slots (650 KB
 * each) the kept answers then outgrew their 8 MiB bound until the heap ran out.
 */
public final class SlotsCache {

  /**
   * About 300 answers of a 30-day range: bounded by bytes, because callers choose the ranges, and
   * small next to a 128 MiB heap.
   */
  private static final long MAX_BYTES = 8L * 1024 * 1024;

  /** One rendered answer and whether it may be kept. */
  public record Rendered(byte[] body, boolean cacheable) {}

  /**
   * The generation makes invalidation race-free: an answer computed from a read taken before a
   * booking write lands under the old generation, where no reader looks any more.
   */
  private record Key(
      long generation,
      long catalogRevision,
      SlotRange range,
      int durationMinutes,
      Optional<String> eventType) {}

  private record Entry(byte[] body, Instant written, boolean cacheable) {}

  /** A query as visitors ask it, whatever the generation and catalog it is answered under. */
  private record Asked(SlotRange range, int durationMinutes, Optional<String> eventType) {}

  /** How long a query counts as asked before, and how many queries are remembered. */
  private static final Duration ASKED_FOR = Duration.ofMinutes(1);

  private static final int ASKED_QUERIES = 10_000;

  private final Duration ttl;
  private final Clock clock;
  private final AtomicLong generation = new AtomicLong();
  private final AsyncCache<Key, Entry> answers;
  private final Cache<Asked, Boolean> asked;

  /**
   * @param ttl how long an answer is served again; zero turns the cache off
   */
  public SlotsCache(Duration ttl, Clock clock) {
    this.ttl = ttl;
    this.clock = clock;
    this.answers =
        Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .<Key, Entry>weigher((key, entry) -> entry.body().length)
            .expireAfterWrite(ttl.isZero() ? Duration.ofNanos(1) : ttl)
            .buildAsync();
    this.asked =
        Caffeine.newBuilder().maximumSize(ASKED_QUERIES).expireAfterWrite(ASKED_FOR).build();
  }

  /**
   * The kept answer to {@code query} under the catalog's {@code catalogRevision}, or {@code
   * render}'s; concurrent misses of one query render once. Failures of {@code render} propagate and
   * nothing is kept. A catalog change in any instance moves the revision, so no answer made under
   * the old rules is served after it.
   */
  public byte[] answer(AvailableSlotsQuery query, long catalogRevision, Supplier<Rendered> render) {
    if (ttl.isZero() || query.vipToken().isPresent()) {
      return render.get().body();
    }
    Key key =
        new Key(
            generation.get(),
            catalogRevision,
            query.range(),
            query.durationMinutes(),
            query.eventType());
    Optional<Entry> kept = settled(answers.getIfPresent(key));
    if (kept.filter(this::fresh).isPresent()) {
      return kept.get().body();
    }
    Asked asking = new Asked(query.range(), query.durationMinutes(), query.eventType());
    if (asked.asMap().putIfAbsent(asking, Boolean.TRUE) == null) {
      return render.get().body();
    }
    return shared(key, render);
  }

  /** Renders the answer under {@code key} once for everyone asking meanwhile, and keeps it. */
  private byte[] shared(Key key, Supplier<Rendered> render) {
    ConcurrentMap<Key, CompletableFuture<Entry>> map = answers.asMap();
    CompletableFuture<Entry> mine = new CompletableFuture<>();
    while (true) {
      CompletableFuture<Entry> current = map.putIfAbsent(key, mine);
      if (current == null) {
        return renderInto(key, mine, render);
      }
      Optional<Entry> theirs = awaited(current);
      if (theirs.filter(this::fresh).isPresent()) {
        return theirs.get().body();
      }
      if (map.replace(key, current, mine)) {
        return renderInto(key, mine, render);
      }
    }
  }

  /**
   * Renders into the claimed {@code mine}. An answer that may not be kept, or a failure, is taken
   * out of the map before its waiters wake, so that each of them renders its own, as it would have
   * come alone.
   */
  private byte[] renderInto(Key key, CompletableFuture<Entry> mine, Supplier<Rendered> render) {
    Instant started = clock.instant();
    Rendered rendered;
    try {
      rendered = render.get();
    } catch (RuntimeException | Error e) {
      answers.asMap().remove(key, mine);
      mine.completeExceptionally(e);
      throw e;
    }
    if (!rendered.cacheable()) {
      answers.asMap().remove(key, mine);
    }
    mine.complete(new Entry(rendered.body(), started, rendered.cacheable()));
    return rendered.body();
  }

  /** The kept answer of a render that is done, if it may be kept. */
  private static Optional<Entry> settled(CompletableFuture<Entry> pending) {
    return pending != null && pending.isDone() ? awaited(pending) : Optional.empty();
  }

  /** Waits for another asker's render: its answer if it may be kept, else empty. */
  private static Optional<Entry> awaited(CompletableFuture<Entry> pending) {
    try {
      return Optional.of(pending.join()).filter(Entry::cacheable);
    } catch (CompletionException | CancellationException e) {
      return Optional.empty(); // the failure reached the one who rendered; this asker tries anew
    }
  }

  /** A booking changed through this instance: no answer computed before it is served again. */
  public void invalidate() {
    generation.incrementAndGet();
    answers.synchronous().invalidateAll();
  }

  /** The bytes of the answers kept, after pending evictions; for tests. */
  long keptBytes() {
    Cache<Key, Entry> kept = answers.synchronous();
    kept.cleanUp();
    return kept.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
  }

  private boolean fresh(Entry entry) {
    Instant now = clock.instant();
    return !now.isBefore(entry.written()) && now.isBefore(entry.written().plus(ttl));
  }
}
