package com.metalogics.booking.adapter.http.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.port.out.WebhookTransport.Result;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpWebhookTransportTest {

  private static final Map<String, String> HEADERS =
      Map.of("Booking-Signature", "t=1,v1=00", "Booking-Event-Id", "e-1");

  private final Receiver receiver;

  /** Long enough for a cold client on a busy machine: only the timeout test waits for it. */
  private final HttpWebhookTransport development =
      new HttpWebhookTransport(Duration.ofSeconds(10), true);

  private final HttpWebhookTransport impatient =
      new HttpWebhookTransport(Duration.ofMillis(300), true);
  private final HttpWebhookTransport production =
      new HttpWebhookTransport(Duration.ofMillis(300), false);

  HttpWebhookTransportTest() throws Exception {
    receiver = new Receiver();
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  @Test
  void a2xxAnswer_isDelivered_withTheHeadersAndBodyAsGiven() {
    Result result = development.post(receiver.url("/hook"), HEADERS, "{\"a\":1}");

    assertThat(result.delivered()).isTrue();
    assertThat(result.statusCode()).hasValue(204);
    assertThat(receiver.received).hasSize(1);
    Receiver.Received got = receiver.received.get(0);
    assertThat(got.body()).isEqualTo("{\"a\":1}");
    assertThat(got.signature()).isEqualTo("t=1,v1=00");
    assertThat(got.eventId()).isEqualTo("e-1");
    assertThat(got.userAgent()).isEqualTo(HttpWebhookTransport.USER_AGENT);
  }

  @Test
  void otherAnswers_areFailures_withTheirStatus_andRedirectsAreNotFollowed() {
    receiver.status = () -> 500;
    Result error = development.post(receiver.url("/hook"), HEADERS, "{}");
    receiver.status = () -> 307;
    Result redirect = development.post(receiver.url("/hook"), HEADERS, "{}");

    assertThat(error.delivered()).isFalse();
    assertThat(error.statusCode()).hasValue(500);
    assertThat(error.problem()).contains("HTTP 500");
    assertThat(redirect.delivered()).isFalse();
    assertThat(redirect.statusCode()).hasValue(307);
  }

  @Test
  void aSlowReceiver_timesOut() {
    receiver.hold = new CountDownLatch(1);

    Result result = impatient.post(receiver.url("/hook"), HEADERS, "{}");

    receiver.hold.countDown();
    assertThat(result.delivered()).isFalse();
    assertThat(result.statusCode()).isEmpty();
    assertThat(result.problem()).contains("timed out after 300 ms");
  }

  @Test
  void aClosedPort_isAConnectionFailure() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }

    Result result = development.post(URI.create("http://127.0.0.1:" + port + "/"), HEADERS, "{}");

    assertThat(result.delivered()).isFalse();
    assertThat(result.statusCode()).isEmpty();
    assertThat(result.problem()).isPresent();
  }

  @Test
  void inProduction_privateTargetsAreRefused_beforeAnyConnection() {
    for (String url :
        new String[] {
          "http://127.0.0.1:1/",
          "http://localhost/",
          "http://10.1.2.3/",
          "http://192.168.0.10/",
          "http://172.16.5.4/",
          "http://169.254.169.254/latest/meta-data",
          "http://[::1]/",
          "http://[fd12:3456::1]/",
          "http://100.64.0.1/",
          "http://0.0.0.0/",
          "http://[::ffff:10.0.0.1]/"
        }) {
      Result result = production.post(URI.create(url), HEADERS, "{}");

      assertThat(result.problem()).as(url).contains(TargetGuard.NOT_ALLOWED);
    }
    assertThat(receiver.received).isEmpty();
  }

  @Test
  void publicAddresses_passTheGuard() throws Exception {
    for (String address : new String[] {"93.184.216.34", "2606:2800:220:1::1", "8.8.8.8"}) {
      assertThat(TargetGuard.isPublic(java.net.InetAddress.getByName(address)))
          .as(address)
          .isTrue();
    }
  }
}
