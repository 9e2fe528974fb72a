package com.metalogics.booking.adapter.google.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.metalogics.booking.adapter.google.fake.FakeCalendarStore.ApiError;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Google's push side: {@code events.watch} opens a channel (and posts its {@code sync} message),
 * {@code channels.stop} ends one, and every change of a watched calendar posts an {@code exists}
 * message to each of its channels, with the channel's id, token and a message number. Messages go
 * to the address the channel was opened with, or to {@link #deliverTo}'s server in its place (a
 * test's receiver listens on plain http, while the service asks for an https address).
 */
public final class FakePush {

  private static final Pattern WATCH = Pattern.compile("calendars/([^/]+)/events/watch");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A channel the fake was asked to open. */
  public record Watch(
      String channelId,
      String calendarId,
      String resourceId,
      String token,
      URI address,
      Instant expiresAt) {}

  /** A message posted, with the receiver's answer. */
  public record Sent(String channelId, String state, long number, int status, Instant at) {}

  private final Map<String, Watch> watches = new ConcurrentHashMap<>();
  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private final AtomicLong messages = new AtomicLong();
  private final HttpClient http = HttpClient.newHttpClient();
  private volatile Optional<URI> deliverTo = Optional.empty();

  /** Posts every message to {@code base}'s server, keeping the channel address's path. */
  public void deliverTo(URI base) {
    deliverTo = Optional.of(base);
  }

  public List<Watch> watches() {
    return List.copyOf(watches.values());
  }

  public List<Sent> sent() {
    return List.copyOf(sent);
  }

  boolean handles(String method, String path) {
    return method.equals("POST") && (WATCH.matcher(path).matches() || path.equals("channels/stop"));
  }

  /** The JSON answer, or null for an empty 204. */
  String handle(String path, JsonNode body) {
    if (path.equals("channels/stop")) {
      Watch gone = watches.remove(body.path("id").asText());
      if (gone == null || !gone.resourceId().equals(body.path("resourceId").asText())) {
        throw new ApiError(404, "notFound", "Channel '" + body.path("id").asText() + "' not found");
      }
      return null;
    }
    Matcher match = WATCH.matcher(path);
    match.matches();
    Watch watch = open(URLDecoder.decode(match.group(1), StandardCharsets.UTF_8), body);
    post(watch, "sync");
    ObjectNode answer = JSON.createObjectNode();
    answer.put("kind", "api#channel");
    answer.put("id", watch.channelId());
    answer.put("resourceId", watch.resourceId());
    answer.put("resourceUri", "https://www.googleapis.com/calendar/v3/" + path);
    answer.put("token", watch.token());
    answer.put("expiration", Long.toString(watch.expiresAt().toEpochMilli()));
    return answer.toString();
  }

  /** Tells every channel of the calendar that it changed. */
  void changed(String calendarId) {
    watches.values().stream()
        .filter(w -> w.calendarId().equals(calendarId))
        .forEach(w -> post(w, "exists"));
  }

  private Watch open(String calendarId, JsonNode body) {
    if (!"web_hook".equals(body.path("type").asText())
        || !body.path("address").asText().startsWith("https://")
        || body.path("id").asText().isEmpty()) {
      throw new ApiError(400, "invalid", "Invalid channel");
    }
    if (watches.containsKey(body.path("id").asText())) {
      throw new ApiError(400, "channelIdNotUnique", "Channel id not unique");
    }
    Watch watch =
        new Watch(
            body.path("id").asText(),
            calendarId,
            "resource-" + Integer.toHexString(calendarId.hashCode()),
            body.path("token").asText(),
            URI.create(body.path("address").asText()),
            Instant.ofEpochMilli(body.path("expiration").asLong()));
    watches.put(watch.channelId(), watch);
    return watch;
  }

  private void post(Watch watch, String state) {
    long number = messages.incrementAndGet();
    URI target =
        deliverTo.map(base -> base.resolve(watch.address().getRawPath())).orElse(watch.address());
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .header("X-Goog-Channel-ID", watch.channelId())
            .header("X-Goog-Channel-Token", watch.token())
            .header("X-Goog-Channel-Expiration", watch.expiresAt().toString())
            .header("X-Goog-Resource-ID", watch.resourceId())
            .header("X-Goog-Resource-State", state)
            .header("X-Goog-Message-Number", Long.toString(number))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .whenComplete(
            (answer, failure) ->
                sent.add(
                    new Sent(
                        watch.channelId(),
                        state,
                        number,
                        answer == null ? -1 : answer.statusCode(),
                        Instant.now())));
  }
}
