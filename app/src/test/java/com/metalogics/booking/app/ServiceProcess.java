package com.metalogics.booking.app;

import java.io.IOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * The service in a JVM of its own, started from the test's classpath, so that a test can kill it
 * the hard way. {@link #main} is that JVM's entry: it starts {@link Application} from its
 * environment, on a clock running ahead of the wall clock by the given seconds, and writes the port
 * it listens on to a file once it serves.
 */
final class ServiceProcess implements AutoCloseable {

  private static final Duration START_LIMIT = Duration.ofSeconds(60);

  private final Process process;
  private final int port;

  private ServiceProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Entry of the child JVM: {@code <port file> <clock offset in seconds>}. */
  public static void main(String[] args) throws IOException {
    Clock clock = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(Long.parseLong(args[1])));
    Application app = Application.start(ConfigLoader.load(System.getenv()), clock);
    Runtime.getRuntime().addShutdownHook(new Thread(app::close, "booking-shutdown"));
    Path portFile = Path.of(args[0]);
    Path partial = portFile.resolveSibling(portFile.getFileName() + ".tmp");
    Files.writeString(partial, String.valueOf(app.port()));
    Files.move(partial, portFile);
  }

  /** Starts the child with exactly {@code env} and waits (bounded) until it serves. */
  static ServiceProcess start(Map<String, String> env, long clockOffsetSeconds, Path dir)
      throws IOException, InterruptedException {
    Path portFile = Files.createTempFile(dir, "port", ".txt");
    Files.delete(portFile);
    Launched child =
        launch(
            env,
            ServiceProcess.class.getName(),
            portFile.toString(),
            String.valueOf(clockOffsetSeconds));
    child.awaitStart(() -> Files.exists(portFile));
    return new ServiceProcess(child.process(), Integer.parseInt(Files.readString(portFile).trim()));
  }

  /**
   * Starts the service's own {@link Main}, as its jar does, on a free port, with exactly {@code
   * env} besides {@code PORT}, and waits (bounded) until it is ready.
   */
  static ServiceProcess startMain(Map<String, String> env)
      throws IOException, InterruptedException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Map<String, String> withPort = new HashMap<>(env);
    withPort.put("PORT", String.valueOf(port));
    Launched child = launch(withPort, Main.class.getName());
    URL ready = new URL("http://127.0.0.1:" + port + "/health/ready");
    child.awaitStart(() -> answers(ready));
    return new ServiceProcess(child.process(), port);
  }

  /** Asks on a connection closed right after, so that no test holds the stop up by a kept one. */
  private static boolean answers(URL url) throws IOException {
    try {
      HttpURLConnection connection = (HttpURLConnection) url.openConnection();
      connection.setRequestProperty("Connection", "close");
      int status = connection.getResponseCode();
      connection.getInputStream().readAllBytes();
      connection.disconnect();
      return status == 200;
    } catch (ConnectException notYet) {
      return false;
    }
  }

  private static Launched launch(Map<String, String> env, String... mainAndArgs)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            java,
            "-Xmx256m",
            "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
            "-cp",
            System.getProperty("java.class.path")));
    command.addAll(List.of(mainAndArgs));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().putAll(env);
    builder.redirectErrorStream(true);
    // In the build directory, not the test's, so that it is still there when a test failed.
    Path log =
        Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "service", ".log");
    builder.redirectOutput(log.toFile());
    return new Launched(builder.start(), log);
  }

  /** A child just started, and the file its output goes to. */
  private record Launched(Process process, Path log) {

    void awaitStart(Started started) throws IOException, InterruptedException {
      long deadline = System.nanoTime() + START_LIMIT.toNanos();
      while (!started.yet()) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          process.destroyForcibly();
          throw new IllegalStateException("service process did not start; see " + log);
        }
        process.waitFor(50, TimeUnit.MILLISECONDS);
      }
    }
  }

  @FunctionalInterface
  private interface Started {
    boolean yet() throws IOException, InterruptedException;
  }

  int port() {
    return port;
  }

  /** SIGKILL: no shutdown hook, no graceful anything, as when a machine dies. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /**
   * SIGTERM, then waits for the graceful stop.
   *
   * @return the exit code; empty when it did not stop within the bound
   */
  OptionalInt terminate(Duration limit) throws InterruptedException {
    process.destroy();
    return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)
        ? OptionalInt.of(process.exitValue())
        : OptionalInt.empty();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
