package com.metalogics.booking.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The build's training run for the class-data-sharing archive beside the jar ({@code app/pom.xml}
 * runs it with {@code -XX:ArchiveClassesAtExit}): starts the service as {@link Main} does with no
 * environment, but on a fresh H2 file in the given directory and a loopback port, sends what a
 * start and its first visitors send, and stops. The JVM then writes the classes it loaded into the
 * archive, and a service started with {@code -XX:SharedArchiveFile} maps them instead of reading
 * and verifying them from the jar, which took about two fifths of its start-up time.
 */
public final class ArchiveTraining {

  private static final Logger LOG = LoggerFactory.getLogger(ArchiveTraining.class);
  private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3}) ");
  private static final Pattern FIRST_SLOT = Pattern.compile("\"startTime\":\"([^\"]+)\"");

  private ArchiveTraining() {}

  /** {@code <directory for the database>}; exits 0 once the visit went as expected. */
  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args[0]);
    deleteIfPresent(directory);
    Map<String, String> env =
        Map.of(
            "HOST", "127.0.0.1",
            "PORT", "0",
            "DATABASE_URL", "jdbc:h2:file:" + directory.resolve("booking").toAbsolutePath());
    try (Application app = Application.start(ConfigLoader.load(env), Clock.systemUTC())) {
      app.startupLines().forEach(LOG::info);
      visit(app.port());
    }
    LogSetup.flush();
    System.exit(0);
  }

  /** A fresh database each time: the start must migrate, as a first start does. */
  private static void deleteIfPresent(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /**
   * What a start and its first visitors ask for. Only the readiness, the slots and the booking must
   * succeed: the other answers (errors, pages) are there for the classes they load.
   */
  private static void visit(int port) throws IOException {
    expect(200, call(port, "GET", "/health/ready", ""));
    LocalDate from = LocalDate.now(ZoneOffset.UTC).plusDays(2);
    String slots =
        expect(
            200,
            call(
                port,
                "GET",
                "/api/bookings/available-slots?startDate=%s&endDate=%s&duration=30"
                    .formatted(from, from.plusDays(6)),
                ""));
    Matcher slot = FIRST_SLOT.matcher(slots);
    if (!slot.find()) {
      throw new IllegalStateException("no free slot to book in " + slots);
    }
    expect(
        201,
        call(
            port,
            "POST",
            "/api/bookings",
            "{\"name\":\"Training Run\",\"email\":\"training@example.org\",\"startTime\":\"%s\",\"duration\":30}"
                .formatted(slot.group(1))));
    call(port, "POST", "/api/bookings", "{\"name\":");
    call(port, "GET", "/api/bookings/00000000-0000-0000-0000-000000000000", "");
    for (String page : new String[] {"/", "/manage/training", "/admin", "/assets/app.css", "/x"}) {
      call(port, "GET", page, "");
    }
    call(port, "GET", "/metrics", "");
  }

  private static String expect(int status, String answer) {
    Matcher line = STATUS.matcher(answer);
    if (!line.find() || Integer.parseInt(line.group(1)) != status) {
      throw new IllegalStateException(
          "expected " + status + ", got " + answer.lines().findFirst().orElse("nothing"));
    }
    return answer;
  }

  /** One request on a connection of its own; the whole answer, status line first. */
  private static String call(int port, String method, String path, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head =
        method
            + " "
            + path
            + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
            + (body.length > 0
                ? "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n"
                : "")
            + "\r\n";
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
