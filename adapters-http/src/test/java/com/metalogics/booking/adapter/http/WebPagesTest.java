package com.metalogics.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.adapter.http.TestServer.Answer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pages and assets over real HTTP: types, security headers, caching, and what is not a page.
 */
class WebPagesTest {

  private TestServer server = TestServer.withAdmin();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void bookingPage_isServedAtTheRoot_withAStrictPolicyThatLetsAnySiteEmbedIt() {
    Answer page = server.get("/");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.raw().body())
        .containsPattern(
            "<script type=\"module\" src=\"/assets/booking-bundle.js\\?v=[A-Za-z0-9_-]{12}\">");
    assertThat(page.header("Content-Security-Policy"))
        .contains(
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors *");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(page.header("X-Frame-Options")).isNull();
  }

  @Test
  void anEventTypesPage_isTheBookingPage_embeddableLikeIt() {
    Answer page = server.get("/book/consult-45");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.raw().body()).contains("/assets/booking-bundle.js");
    assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors *");
    assertThat(server.get("/book/Not_A_Slug").status()).isEqualTo(404);
    assertThat(server.get("/book/a/b").status()).isEqualTo(404);
  }

  @Test
  void theBookingPage_loadsTwoStylesAndOneScript_under100KilobytesInAll() {
    String html = server.get("/").raw().body();
    Matcher files =
        Pattern.compile("(?:href|src)=\"(/assets/[a-z0-9.-]+\\.(?:css|js)\\?v=[A-Za-z0-9_-]+)\"")
            .matcher(html);
    long bytes = html.getBytes(StandardCharsets.UTF_8).length;
    int count = 0;
    while (files.find()) {
      Answer file = server.get(files.group(1));
      assertThat(file.status()).as(files.group(1)).isEqualTo(200);
      bytes += file.raw().body().getBytes(StandardCharsets.UTF_8).length;
      count++;
    }
    // The styles and one script: with the event types' preload, within the six connections a
    // browser opens to a host, so the page's files come in one round trip.
    assertThat(count).isBetween(2, 5);
    assertThat(bytes).isLessThan(100_000);
  }

  @Test
  void theVisitorPagesScripts_areBundled_andImportNothingMore() {
    for (String page : List.of("/", "/manage/3f2b8c1e-0000-4000-8000-000000000001")) {
      Matcher script =
          Pattern.compile("src=\"(/assets/[a-z-]+-bundle\\.js\\?v=[A-Za-z0-9_-]+)\"")
              .matcher(server.get(page).raw().body());
      assertThat(script.find()).as(page).isTrue();
      Answer bundle = server.get(script.group(1));
      assertThat(bundle.status()).isEqualTo(200);
      assertThat(bundle.header("Cache-Control")).contains("immutable");
      assertThat(bundle.raw().body()).doesNotContain("from\"./", "from'./", "import(\"./");
    }
  }

  @Test
  void everyAdminPage_hasTheSharedKeyForm_inPlaceOfItsIncludeMark() {
    for (String page :
        List.of("/admin", "/admin/catalog", "/admin/webhooks", "/admin/vip", "/admin/insights")) {
      String html = server.get(page).raw().body();
      assertThat(html)
          .as(page)
          .contains("<form id=\"key-form\"", "id=\"admin-key\"", "id=\"use-key\"")
          .doesNotContain("<!-- include:");
    }
  }

  @Test
  void everyAdminPage_hasTheSharedNavigation_withItsOwnLinkMarkedCurrent() {
    List<String> pages =
        List.of("/admin", "/admin/catalog", "/admin/webhooks", "/admin/vip", "/admin/insights");
    for (String page : pages) {
      String html = server.get(page).raw().body();
      assertThat(html).as(page).contains("<nav class=\"admin-nav\" aria-label=\"Admin pages\">");
      for (String other : pages) {
        String link = "<a href=\"" + other + "\"";
        assertThat(html)
            .as(page + " links " + other)
            .contains(other.equals(page) ? link + " aria-current=\"page\">" : link + ">");
      }
    }
  }

  @Test
  void manageAndAdminPages_mayNeverBeFramed() {
    Answer manage = server.get("/manage/3f2b8c1e-0000-4000-8000-000000000001");
    Answer admin = server.get("/admin");
    Answer catalog = server.get("/admin/catalog");
    Answer webhooks = server.get("/admin/webhooks");

    assertThat(manage.status()).isEqualTo(200);
    assertThat(manage.raw().body()).contains("/assets/manage-bundle.js");
    assertThat(admin.status()).isEqualTo(200);
    assertThat(admin.raw().body()).contains("/assets/admin.js", "href=\"/admin/catalog\"");
    assertThat(catalog.status()).isEqualTo(200);
    assertThat(catalog.raw().body()).contains("/assets/catalog.js", "href=\"/admin\"");
    assertThat(webhooks.status()).isEqualTo(200);
    assertThat(webhooks.raw().body()).contains("/assets/webhooks.js", "href=\"/admin/catalog\"");
    for (Answer page : List.of(manage, admin, catalog, webhooks)) {
      assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
      assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    }
  }

  @Test
  void givenCorsOrigins_onlyThoseSitesMayEmbedTheBookingPage_andJunkIsDropped() {
    server.close();
    server =
        new TestServer(
            new HttpConfig(
                Optional.empty(),
                65_536,
                0,
                List.of("https://www.example.com", "https://evil.example; script-src *"),
                true));

    String policy = server.get("/").header("Content-Security-Policy");

    assertThat(policy).contains("frame-ancestors 'self' https://www.example.com");
    assertThat(policy).doesNotContain("evil").doesNotContain("script-src *");
  }

  @Test
  void assets_haveTheirTypes_andAnUnchangedFileIsAnswered304() {
    Answer script = server.get("/assets/slots.js");
    Answer css = server.get("/assets/app.css");

    assertThat(script.status()).isEqualTo(200);
    assertThat(script.header("Content-Type")).startsWith("text/javascript");
    assertThat(css.header("Content-Type")).startsWith("text/css");
    assertThat(script.header("Cache-Control")).isEqualTo("no-cache");
    String etag = script.header("ETag");
    assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");

    Answer again = server.get("/assets/slots.js", "If-None-Match", etag);
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.raw().body()).isEmpty();
  }

  @Test
  void assetsAskedForByTheirVersion_areKeptForAYear_andModulesImportByVersion() {
    String page = server.get("/").raw().body();
    Matcher css =
        Pattern.compile("href=\"(/assets/app\\.css\\?v=([A-Za-z0-9_-]{12}))\"").matcher(page);
    assertThat(css.find()).as(page).isTrue();

    Answer versioned = server.get(css.group(1));
    assertThat(versioned.status()).isEqualTo(200);
    assertThat(versioned.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
    assertThat(server.get("/assets/app.css?v=stale").header("Cache-Control")).isEqualTo("no-cache");
    assertThat(server.get("/").header("Cache-Control")).isEqualTo("no-cache");
    assertThat(server.get("/assets/booking.js").raw().body())
        .containsPattern("from './api\\.js\\?v=[A-Za-z0-9_-]{12}'")
        .doesNotContain("from './api.js'");
  }

  @Test
  void pagesAndAssets_areSentCompressed_toClientsThatAcceptIt() throws Exception {
    for (String path : List.of("/", "/assets/calendar.js", "/assets/app.css")) {
      HttpResponse<byte[]> answer =
          HttpClient.newHttpClient()
              .send(
                  server.request(path).header("Accept-Encoding", "gzip").GET().build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertThat(answer.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
      String text =
          new String(
              new GZIPInputStream(new ByteArrayInputStream(answer.body())).readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(text).as(path).isNotBlank();
    }
  }

  @Test
  void unknownAssetsAndPathsOutsideThePages_getTheApisJson404() {
    for (String path : List.of("/assets/nope.js", "/assets/../openapi.json", "/manage/", "/x")) {
      Answer answer = server.get(path);
      assertThat(answer.status()).as(path).isIn(400, 404);
      assertThat(answer.errorCode()).as(path).isIn("NOT_FOUND", "VALIDATION_ERROR");
    }
  }

  @Test
  void browserAskingForAnUnknownPage_getsAnHtml404_withALinkHome_andThePagesHeaders() {
    String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    for (String path : List.of("/book", "/manage", "/admin/x", "/health/nope")) {
      Answer page = server.get(path, "Accept", browser);

      assertThat(page.status()).as(path).isEqualTo(404);
      assertThat(page.header("Content-Type")).startsWith("text/html");
      assertThat(page.raw().body())
          .contains("<a href=\"/\">")
          .doesNotContain("<script", "Endpoint");
      assertThat(page.header("Content-Security-Policy"))
          .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'");
      assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
      assertThat(page.header("X-Request-Id")).isNotBlank();
    }
    Answer head = server.method("HEAD", "/book", null, null, "Accept", browser);
    assertThat(head.status()).isEqualTo(404);
    assertThat(head.raw().body()).isEmpty();
  }

  @Test
  void apiPathsAndNonBrowserClients_getTheJson404_evenWhenAcceptingHtml() {
    Answer api = server.get("/api/nope", "Accept", "text/html");
    assertThat(api.status()).isEqualTo(404);
    assertThat(api.errorCode()).isEqualTo("NOT_FOUND");
    assertThat(server.get("/book").errorCode()).isEqualTo("NOT_FOUND");
    assertThat(server.post("/book", "{}", "Accept", "text/html").errorCode())
        .isEqualTo("NOT_FOUND");
    Answer unknownBooking =
        server.get("/api/bookings/" + java.util.UUID.randomUUID(), "Accept", "text/html");
    assertThat(unknownBooking.errorCode()).isEqualTo("NOT_FOUND");
  }

  @Test
  void pagesDoNotShadowTheApi_andOnlyGetAndHeadAreAnswered() {
    assertThat(server.get("/health/live").status()).isEqualTo(200);
    assertThat(server.method("HEAD", "/admin", null, null).status()).isEqualTo(200);
    assertThat(server.post("/admin", "{}").errorCode()).isEqualTo("NOT_FOUND");
  }
}
