package com.metalogics.booking.adapter.google;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/** Counts what the adapter does; read by tests and health pages, bridged to metrics by the app. */
public final class GoogleCalendarCounters implements GoogleCalendarListener {

  private final Map<String, LongAdder> succeeded = new ConcurrentHashMap<>();
  private final Map<FailureKind, LongAdder> failed = new ConcurrentHashMap<>();
  private final LongAdder retries = new LongAdder();
  private final LongAdder circuitOpened = new LongAdder();
  private final LongAdder cacheHits = new LongAdder();
  private final LongAdder cacheMisses = new LongAdder();
  private final AtomicReference<CircuitState> circuit = new AtomicReference<>(CircuitState.CLOSED);

  @Override
  public void callSucceeded(String operation) {
    succeeded.computeIfAbsent(operation, k -> new LongAdder()).increment();
  }

  @Override
  public void callFailed(String operation, FailureKind kind) {
    failed.computeIfAbsent(kind, k -> new LongAdder()).increment();
  }

  @Override
  public void retried(String operation) {
    retries.increment();
  }

  @Override
  public void circuitStateChanged(CircuitState from, CircuitState to) {
    circuit.set(to);
    if (to == CircuitState.OPEN) {
      circuitOpened.increment();
    }
  }

  @Override
  public void busyCacheHit() {
    cacheHits.increment();
  }

  @Override
  public void busyCacheMiss() {
    cacheMisses.increment();
  }

  public long succeeded(String operation) {
    LongAdder count = succeeded.get(operation);
    return count == null ? 0 : count.sum();
  }

  public long failed(FailureKind kind) {
    LongAdder count = failed.get(kind);
    return count == null ? 0 : count.sum();
  }

  /** Failures by kind, a snapshot. */
  public Map<FailureKind, Long> failures() {
    Map<FailureKind, Long> out = new EnumMap<>(FailureKind.class);
    failed.forEach((kind, count) -> out.put(kind, count.sum()));
    return Map.copyOf(out);
  }

  public long retries() {
    return retries.sum();
  }

  public long circuitOpened() {
    return circuitOpened.sum();
  }

  public CircuitState circuitState() {
    return circuit.get();
  }

  public long busyCacheHits() {
    return cacheHits.sum();
  }

  public long busyCacheMisses() {
    return cacheMisses.sum();
  }
}
