package com.metalogics.booking.adapter.jdbi;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/** Threads spread over several app instances, released at once, sharing a number of attempts. */
final class Racers {

  private Racers() {}

  /**
   * Runs {@code attempt} {@code attempts} times in all, on {@code threadsPerInstance} threads per
   * instance; each thread has its own seeded random generator.
   */
  static <T> void run(
      List<T> instances,
      int threadsPerInstance,
      int attempts,
      BiConsumer<T, SplittableRandom> attempt)
      throws Exception {
    int threads = threadsPerInstance * instances.size();
    AtomicInteger started = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        T instance = instances.get(t % instances.size());
        SplittableRandom random = new SplittableRandom(t);
        workers.add(
            pool.submit(
                () -> {
                  go.await();
                  while (started.getAndIncrement() < attempts) {
                    attempt.accept(instance, random);
                  }
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> worker : workers) {
        worker.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
