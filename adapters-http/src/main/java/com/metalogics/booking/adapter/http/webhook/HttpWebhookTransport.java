package com.metalogics.booking.adapter.http.webhook;

import com.metalogics.booking.core.port.out.WebhookTransport;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Posts webhook requests with the JDK's HTTP client. Redirects are not followed: a receiver could
 * otherwise send the signed request on to an address the target check never saw.
 */
public final class HttpWebhookTransport implements WebhookTransport {

  static final String USER_AGENT = "booking-service-webhooks/1";

  private final Duration timeout;
  private final boolean privateTargetsAllowed;

  /**
   * @param privateTargetsAllowed true in development only: receivers on this machine or network
   */
  public HttpWebhookTransport(boolean privateTargetsAllowed) {
    this(TIMEOUT, privateTargetsAllowed);
  }

  /** With a shorter limit than the default 10 s per request (tests, impatient set-ups). */
  public HttpWebhookTransport(Duration timeout, boolean privateTargetsAllowed) {
    this.timeout = timeout;
    this.privateTargetsAllowed = privateTargetsAllowed;
  }

  /**
   * Built at the first delivery, not at start: a JDK client sets up its TLS context and selector
   * thread, about 400 ms of a cold start, and many installations never send a webhook.
   */
  private volatile HttpClient client;

  private HttpClient client() {
    HttpClient built = client;
    if (built == null) {
      synchronized (this) {
        built = client;
        if (built == null) {
          built =
              HttpClient.newBuilder()
                  .connectTimeout(timeout)
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .build();
          client = built;
        }
      }
    }
    return built;
  }

  @Override
  public Result post(URI url, Map<String, String> headers, String body) {
    long started = System.nanoTime();
    if (!privateTargetsAllowed) {
      // Checked at every send: a name can resolve to another address than when it was saved.
      Optional<String> refusal = TargetGuard.refusalOf(url.getHost());
      if (refusal.isPresent()) {
        return Result.failed(refusal.get(), since(started));
      }
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("User-Agent", USER_AGENT)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    try {
      HttpResponse<Void> response =
          client().send(request.build(), HttpResponse.BodyHandlers.discarding());
      return Result.answered(response.statusCode(), since(started));
    } catch (HttpTimeoutException e) {
      return Result.failed("timed out after " + describe(timeout), since(started));
    } catch (ConnectException e) {
      return Result.failed("connection refused or unreachable", since(started));
    } catch (IOException e) {
      return Result.failed("network error (" + e.getClass().getSimpleName() + ")", since(started));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.failed("interrupted (service stopping)", since(started));
    }
  }

  private static String describe(Duration duration) {
    return duration.toMillisPart() == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }

  private static Duration since(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }
}
