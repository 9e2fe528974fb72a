package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link Main} with a bad configuration, in JVMs of its own writing into pipes, as a shell or a
 * container runtime reads it: every run must exit with 2 and have said every problem on standard
 * error. The logging is the service's own ({@link LogSetup}), so the test's logback file stays off
 * the child's class path.
 */
class StartupProblemsOutputTest {

  private static final int RUNS = 20;

  private static final Map<String, String> BAD =
      Map.of(
          "PORT", "not-a-port",
          "APP_ENV", "staging",
          "MAX_BODY_BYTES", "1",
          "BUSINESS_TIMEZONE", "Mars/Olympus_Mons");

  @Test
  void givenBadConfiguration_everyRun_exitsWith2AndWritesEveryProblemToStderr() throws Exception {
    List<String> problems =
        catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(BAD)).problems();
    assertThat(problems).hasSizeGreaterThanOrEqualTo(BAD.size());

    for (int run = 1; run <= RUNS; run++) {
      Result result = runMain();

      assertThat(result.exitCode()).as("exit code of run %d", run).isEqualTo(2);
      assertThat(result.stderr())
          .as("standard error of run %d", run)
          .contains("Cannot start: " + problems.size() + " configuration problem(s)");
      for (String problem : problems) {
        assertThat(result.stderr()).as("standard error of run %d", run).contains("- " + problem);
      }
    }
  }

  private record Result(int exitCode, String stderr) {}

  private static Result runMain() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-Xmx64m",
            // C1 only: twenty short-lived JVMs start sooner.
            "-XX:TieredStopAtLevel=1",
            "-cp",
            serviceClassPath(),
            Main.class.getName());
    builder.environment().clear();
    builder.environment().putAll(BAD);
    Process process = builder.start();
    process.getOutputStream().close();
    CompletableFuture<String> stdout =
        CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
    String stderr = read(process.getErrorStream());
    stdout.join();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("Main did not exit within 60 s");
    }
    return new Result(process.exitValue(), stderr);
  }

  /** The test's class path without test classes, which hold a {@code logback-test.xml}. */
  private static String serviceClassPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.endsWith("test-classes") && !entry.endsWith("-tests.jar")) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
