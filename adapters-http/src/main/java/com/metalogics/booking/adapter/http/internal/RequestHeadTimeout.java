package com.metalogics.booking.adapter.http.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection whose request head (request line and headers) takes longer than a bound to
 * arrive. Jetty's idle timeout starts again with every byte, so a client sending one byte a second
 * holds a connection for ever, and a few hundred such clients hold the server; Jetty 12 has no
 * setting for the head alone. A sweep, every quarter of the bound, looks at each HTTP/1
 * connection's parser: one still inside a head it began longer ago than the bound is closed. The
 * parser is Jetty's public class; only the connection type that hands it out lives in Jetty's
 * internal package.
 */
public final class RequestHeadTimeout extends AbstractLifeCycle {

  private static final Logger log = LoggerFactory.getLogger(RequestHeadTimeout.class);
  private static final long MIN_SWEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  private final Server server;
  private final long limitNanos;
  private final long sweepNanos;
  private volatile Scheduler.Task next;

  public RequestHeadTimeout(Server server, Duration limit) {
    this.server = server;
    this.limitNanos = limit.toNanos();
    this.sweepNanos = Math.max(MIN_SWEEP_NANOS, limitNanos / 4);
  }

  @Override
  protected void doStart() {
    schedule();
  }

  @Override
  protected void doStop() {
    Scheduler.Task task = next;
    if (task != null) {
      task.cancel();
    }
  }

  private void schedule() {
    next = server.getScheduler().schedule(this::sweep, sweepNanos, TimeUnit.NANOSECONDS);
  }

  private void sweep() {
    try {
      long now = System.nanoTime();
      for (Connector connector : server.getConnectors()) {
        for (EndPoint endPoint : connector.getConnectedEndPoints()) {
          if (endPoint.getConnection() instanceof HttpConnection http
              && overdue(http.getParser(), now)) {
            log.debug("closing {}: request head not complete in time", endPoint);
            endPoint.close(new TimeoutException("request head not complete in time"));
          }
        }
      }
    } finally {
      if (isRunning()) {
        schedule();
      }
    }
  }

  /** Inside a head (past its first byte, before its end) for longer than the bound. */
  private boolean overdue(HttpParser parser, long now) {
    return parser.inHeaderState()
        && !parser.isStart()
        && now - parser.getBeginNanoTime() > limitNanos;
  }
}
