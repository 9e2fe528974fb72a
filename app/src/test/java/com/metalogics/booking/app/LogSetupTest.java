package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class LogSetupTest {

  @Test
  void givenMessageAndStackTraceOverSeveralLines_layout_writesOneLineWithTheRequestId() {
    LoggerContext context = new LoggerContext();
    PatternLayout layout = new PatternLayout();
    layout.setContext(context);
    layout.setPattern(LogSetup.PATTERN);
    layout.start();
    LoggingEvent event =
        new LoggingEvent(
            "fqcn",
            context.getLogger("com.metalogics.booking.Test"),
            Level.WARN,
            "first line\r\nsecond line",
            new IllegalStateException("boom\nagain"),
            null);
    event.setMDCPropertyMap(Map.of("requestId", "req-1"));

    String line = layout.doLayout(event);

    assertThat(line).endsWith(System.lineSeparator());
    String body = line.substring(0, line.length() - System.lineSeparator().length());
    assertThat(body).doesNotContain("\n").doesNotContain("\r");
    assertThat(body)
        .contains(" WARN  com.metalogics.booking.Test [req-1] first line second line ")
        .contains("java.lang.IllegalStateException: boom | again | at ");
  }

  @Test
  void givenFreshContext_apply_logsInfoAsynchronouslyErrorsAtOnceAndQuietsThirdParties() {
    LoggerContext context = new LoggerContext();
    LogSetup.apply(context);

    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.getLevel()).isEqualTo(Level.INFO);
    assertThat(root.getAppender("ASYNC")).isInstanceOf(AsyncAppender.class);
    assertThat(root.getAppender("STDERR"))
        .isInstanceOfSatisfying(
            ConsoleAppender.class,
            stderr -> assertThat(stderr.getTarget()).isEqualTo("System.err"));
    assertThat(context.getLogger("org.eclipse.jetty").getEffectiveLevel()).isEqualTo(Level.WARN);
    assertThat(context.getLogger("com.metalogics.booking").getEffectiveLevel())
        .isEqualTo(Level.INFO);
    context.stop();
  }

  @Test
  void givenLogbackTestXmlOnTheClassPath_configure_leavesItToLogback() {
    assertThat(new LogSetup().configure(new LoggerContext()))
        .isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
  }
}
