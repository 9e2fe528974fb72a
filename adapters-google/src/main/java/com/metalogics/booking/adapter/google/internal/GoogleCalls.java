package com.metalogics.booking.adapter.google.internal;

import java.io.IOException;

/** One Google call, its failure turned into the core's calendar error. */
public final class GoogleCalls {

  /** A call to Google that may fail with the client's {@link IOException}. */
  @FunctionalInterface
  public interface Call<T> {
    T run() throws IOException;
  }

  /** A call to Google without an answer. */
  @FunctionalInterface
  public interface Command {
    void run() throws IOException;
  }

  private GoogleCalls() {}

  public static void run(String operation, Command command) {
    try {
      command.run();
    } catch (IOException e) {
      throw GoogleErrors.classify(e).toPortException(operation);
    }
  }

  public static <T> T call(String operation, Call<T> call) {
    try {
      return call.run();
    } catch (IOException e) {
      throw GoogleErrors.classify(e).toPortException(operation);
    }
  }
}
