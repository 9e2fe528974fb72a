package com.metalogics.booking.adapter.google.internal;

import com.metalogics.booking.adapter.google.GoogleCalendarListener;
import com.metalogics.booking.adapter.google.internal.FreeBusyReader.Answer;
import com.metalogics.booking.core.domain.EmailAddress;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarBusy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Busy times of several calendars: cached calendars are served from the cache, the others asked at
 * most {@link FreeBusyReader#MAX_CALENDARS} per call, several calls at once. One calendar's error
 * fails that calendar only; a call that fails as a whole fails its calendars, and the ask throws
 * only when every call failed and no calendar came from the cache.
 */
public final class BusyTimes {

  private static final Logger LOG = LoggerFactory.getLogger(BusyTimes.class);
  private static final String OPERATION = "busyIntervals";

  private final FreeBusyReader reader;
  private final Resilience resilience;
  private final BusyCache cache;
  private final GoogleCalendarListener listener;
  private final ExecutorService pool;

  public BusyTimes(
      FreeBusyReader reader,
      Resilience resilience,
      BusyCache cache,
      GoogleCalendarListener listener,
      ExecutorService pool) {
    this.reader = reader;
    this.resilience = resilience;
    this.cache = cache;
    this.listener = listener;
    this.pool = pool;
  }

  /** Every asked calendar's entry, in the order asked. */
  public Map<String, CalendarBusy> read(Collection<String> calendarIds, TimeSlot range) {
    List<String> ids = List.copyOf(new LinkedHashSet<>(calendarIds));
    Map<String, CalendarBusy> known = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (String id : ids) {
      Optional<List<TimeSlot>> cached = cache.get(id, range);
      if (cached.isPresent()) {
        listener.busyCacheHit();
        known.put(id, CalendarBusy.of(id, cached.get()));
      } else {
        listener.busyCacheMiss();
        missing.add(id);
      }
    }
    Map<String, CalendarBusy> asked = askOrFailAll(missing, range, !known.isEmpty());
    Map<String, CalendarBusy> answer = new LinkedHashMap<>();
    ids.forEach(id -> answer.put(id, known.containsKey(id) ? known.get(id) : asked.get(id)));
    return answer;
  }

  /**
   * When Google cannot be asked at all but some calendars came from the cache, the others get the
   * failure and the cached ones still answer.
   */
  private Map<String, CalendarBusy> askOrFailAll(
      List<String> ids, TimeSlot range, boolean othersAnswered) {
    try {
      return ask(ids, range);
    } catch (IntegrationException e) {
      if (!othersAnswered) {
        throw e;
      }
      Map<String, CalendarBusy> failed = new LinkedHashMap<>();
      ids.forEach(id -> failed.put(id, CalendarBusy.failed(id, e)));
      return failed;
    }
  }

  private Map<String, CalendarBusy> ask(List<String> ids, TimeSlot range) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<String, Long> generations = cache.generations(ids);
    List<List<String>> batches = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += FreeBusyReader.MAX_CALENDARS) {
      batches.add(ids.subList(i, Math.min(ids.size(), i + FreeBusyReader.MAX_CALENDARS)));
    }
    List<Batch> done =
        batches.size() == 1 ? List.of(call(batches.get(0), range)) : all(batches, range);
    if (done.stream().allMatch(batch -> batch.failure().isPresent())) {
      throw done.get(0).failure().get();
    }
    Map<String, CalendarBusy> answer = new LinkedHashMap<>();
    for (Batch batch : done) {
      batch.entries().values().stream()
          .filter(entry -> !entry.failed())
          .forEach(entry -> cache.put(entry.calendarId(), range, entry.busy(), generations));
      answer.putAll(batch.entries());
    }
    return answer;
  }

  /** The calls run on the pool at once, so more than 50 calendars take about one call's time. */
  private List<Batch> all(List<List<String>> batches, TimeSlot range) {
    List<CompletableFuture<Batch>> running =
        batches.stream()
            .map(batch -> CompletableFuture.supplyAsync(() -> call(batch, range), pool))
            .toList();
    return running.stream().map(CompletableFuture::join).toList();
  }

  private Batch call(List<String> ids, TimeSlot range) {
    try {
      Pending pending = resilience.call(OPERATION, new Pending(ids, range)::askTheRest);
      return pending.toBatch();
    } catch (IntegrationException e) {
      Map<String, CalendarBusy> failed = new LinkedHashMap<>();
      ids.forEach(id -> failed.put(id, CalendarBusy.failed(id, e)));
      return new Batch(failed, Optional.of(e));
    }
  }

  /** One call's calendars, and the failure of the call as a whole, if it failed. */
  private record Batch(Map<String, CalendarBusy> entries, Optional<IntegrationException> failure) {}

  /**
   * The answers so far of one call's calendars; each attempt asks only the calendars without a good
   * answer yet.
   */
  private final class Pending implements Resilience.PartlyFailed {
    private final List<String> ids;
    private final TimeSlot range;
    private final Map<String, Answer> answers = new LinkedHashMap<>();

    Pending(List<String> ids, TimeSlot range) {
      this.ids = ids;
      this.range = range;
    }

    synchronized Pending askTheRest() throws IOException {
      List<String> rest =
          ids.stream()
              .filter(id -> !answers.containsKey(id) || answers.get(id).retryable())
              .toList();
      answers.putAll(reader.busy(rest, range));
      return this;
    }

    @Override
    public synchronized boolean worthRetrying() {
      return answers.values().stream().anyMatch(Answer::retryable);
    }

    synchronized Batch toBatch() {
      Map<String, CalendarBusy> entries = new LinkedHashMap<>();
      for (String id : ids) {
        Answer answer = answers.get(id);
        entries.put(
            id,
            answer.failure().isPresent()
                ? CalendarBusy.failed(id, failureOf(id, answer.failure().get()))
                : CalendarBusy.of(id, answer.busy()));
      }
      return new Batch(entries, Optional.empty());
    }
  }

  private static IntegrationException failureOf(String calendarId, GoogleFailure failure) {
    LOG.warn(
        "Google Calendar {} cannot answer: {}",
        EmailAddress.mask(calendarId),
        failure.getMessage());
    return failure.toPortException(OPERATION);
  }
}
