package com.metalogics.booking.app;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.LevelFilter;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's logging, set up in code through logback's {@link Configurator} service: reading the
 * same set-up from XML took about 130 ms of the 1.5 s start-up budget, on the main thread. A file
 * named by {@code -Dlogback.configurationFile}, or a {@code logback-test.xml} on the class path,
 * still wins: this steps aside and logback reads it as usual.
 *
 * <p>INFO and WARN lines go to standard output through a queue, so request threads never wait for
 * the console; ERROR lines go to standard error at once, so that a failure, and above all the
 * reason the service did not start, is out before the process exits.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

  /**
   * One line per event: time, level, logger, request id (from the HTTP adapter's MDC), message, and
   * a stack trace folded onto the same line, so that one event is one line in any log collector.
   */
  static final String PATTERN =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX,UTC} %-5level %logger{36} [%X{requestId:--}]"
          + " %replace(%msg){'[\\r\\n]+', ' '}"
          + "%replace(%replace(%ex){'[\\r\\n]+\\s*', ' | '}){'^(.+?)( \\| )?$', ' $1'}%nopex%n";

  /** Third-party start-up chatter stays at WARN, so a healthy start logs a single line. */
  private static final Map<String, Level> QUIET =
      Map.of(
          "io.javalin", Level.WARN,
          "org.eclipse.jetty", Level.WARN,
          "com.zaxxer.hikari", Level.WARN,
          "org.flywaydb", Level.WARN,
          "org.jdbi", Level.WARN,
          "com.metalogics.booking.adapter.jdbi.JdbiStorage", Level.WARN);

  /** Request threads hand events to one writer thread instead of contending for stdout. */
  private static final int QUEUE_SIZE = 8192;

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (aFileWins()) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    apply(context);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  static boolean aFileWins() {
    return System.getProperty("logback.configurationFile") != null
        || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null;
  }

  static void apply(LoggerContext context) {
    ConsoleAppender<ILoggingEvent> stdout = console(context, "STDOUT", "System.out");
    ConsoleAppender<ILoggingEvent> stderr = console(context, "STDERR", "System.err");
    ThresholdFilter errorsOnly = new ThresholdFilter();
    errorsOnly.setLevel(Level.ERROR.levelStr);
    errorsOnly.start();
    stderr.addFilter(errorsOnly);
    stderr.start();

    AsyncAppender async = new AsyncAppender();
    async.setContext(context);
    async.setName("ASYNC");
    async.setQueueSize(QUEUE_SIZE);
    // 0: under load a request waits for room rather than dropping INFO events.
    async.setDiscardingThreshold(0);
    async.addFilter(allBut(Level.ERROR));
    async.addAppender(stdout);
    stdout.start();
    async.start();

    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(async);
    root.addAppender(stderr);
    QUIET.forEach((name, level) -> context.getLogger(name).setLevel(level));
  }

  /**
   * Writes out what the queue still holds and stops logging: the last thing before the JVM exits,
   * whose daemon threads (the queue's writer among them) stop mid-way.
   */
  static void flush() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.stop();
    }
  }

  private static ConsoleAppender<ILoggingEvent> console(
      LoggerContext context, String name, String target) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName(name);
    console.setTarget(target);
    console.setEncoder(encoder);
    return console;
  }

  private static LevelFilter allBut(Level level) {
    LevelFilter filter = new LevelFilter();
    filter.setLevel(level);
    filter.setOnMatch(FilterReply.DENY);
    filter.setOnMismatch(FilterReply.NEUTRAL);
    filter.start();
    return filter;
  }
}
