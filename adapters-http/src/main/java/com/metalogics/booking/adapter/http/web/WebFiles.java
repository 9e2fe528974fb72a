package com.metalogics.booking.adapter.http.web;

import com.metalogics.booking.adapter.http.internal.RequestFilters;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers GET and HEAD for the pages and their assets; every other request passes on to the API.
 * Files are read once and kept: they are a few kilobytes and never change while the server runs.
 */
public final class WebFiles {

  private static final Pattern MANAGE = Pattern.compile("/manage/[^/]{1,100}");

  /** An event type's own booking page; the page asks the API whether the slug exists. */
  private static final Pattern BOOK = Pattern.compile("/book/[a-z0-9][a-z0-9-]{0,63}/?");

  private static final Pattern ASSET =
      Pattern.compile("/assets/([a-z0-9][a-z0-9-]{0,60}\\.(css|js|svg))");

  /**
   * Pages, and assets asked for without their current version, are revalidated every time (a 304
   * without a body when unchanged), so no old script ever runs against a new page.
   */
  private static final String CACHE_CONTROL = "no-cache";

  /** An asset asked for by its current version never changes: kept for a year. */
  private static final String IMMUTABLE = "public, max-age=31536000, immutable";

  private static final String API = "/api/";
  private static final String NOT_FOUND = "not-found.html";

  /** Told of each GET of a booking page, with the event type's slug (empty: the default type). */
  @FunctionalInterface
  public interface PageViews {
    void viewed(Optional<String> slug, Context ctx);
  }

  private final SecurityHeaders security;
  private final VersionedFiles files = new VersionedFiles();
  private final PageViews views;

  public WebFiles(List<String> frameAncestors, PageViews views) {
    this.security = new SecurityHeaders(frameAncestors);
    this.views = views;
  }

  /** A before-filter: answers and skips the remaining handlers, or leaves the request alone. */
  public void serve(Context ctx) {
    String method = ctx.method().name();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return;
    }
    String path = ctx.path();
    boolean get = "GET".equals(method);
    if ("/".equals(path) || "/index.html".equals(path)) {
      answer(ctx, "/", "index.html", true);
      if (get) {
        views.viewed(Optional.empty(), ctx);
      }
    } else if ("/admin".equals(path) || "/admin/".equals(path)) {
      answer(ctx, "/admin", "admin.html", false);
    } else if (BOOK.matcher(path).matches()) {
      answer(ctx, "/book/{slug}", "index.html", true);
      if (get) {
        views.viewed(Optional.of(path.substring("/book/".length()).replace("/", "")), ctx);
      }
    } else if ("/admin/catalog".equals(path)) {
      answer(ctx, "/admin/catalog", "catalog.html", false);
    } else if ("/admin/webhooks".equals(path)) {
      answer(ctx, "/admin/webhooks", "webhooks.html", false);
    } else if ("/admin/vip".equals(path)) {
      answer(ctx, "/admin/vip", "vip.html", false);
    } else if ("/admin/insights".equals(path)) {
      answer(ctx, "/admin/insights", "insights.html", false);
    } else if (MANAGE.matcher(path).matches()) {
      answer(ctx, "/manage/{id}", "manage.html", false);
    } else {
      Matcher asset = ASSET.matcher(path);
      if (asset.matches()) {
        answer(ctx, "/assets/{file}", "assets/" + asset.group(1), false);
      }
    }
  }

  /**
   * The 404 page, for a GET or HEAD outside the API from a client that accepts HTML (a browser
   * following a stale link); false leaves the answer to the caller.
   */
  public boolean notFound(Context ctx) {
    String method = ctx.method().name();
    String accept = ctx.header("Accept");
    boolean wantsPage =
        ("GET".equals(method) || "HEAD".equals(method))
            && !ctx.path().startsWith(API)
            && accept != null
            && accept.toLowerCase(Locale.ROOT).contains("text/html");
    Optional<WebResource> page = wantsPage ? files.resource(NOT_FOUND) : Optional.empty();
    if (page.isEmpty()) {
      return false;
    }
    securityHeaders(ctx, false);
    ctx.header("Cache-Control", CACHE_CONTROL);
    send(ctx, 404, page.get());
    return true;
  }

  private void answer(Context ctx, String route, String name, boolean mayBeFramed) {
    Optional<WebResource> file = files.resource(name);
    if (file.isEmpty()) {
      return;
    }
    RequestFilters.matched(ctx, route);
    WebResource resource = file.get();
    securityHeaders(ctx, mayBeFramed);
    boolean current =
        name.startsWith("assets/")
            && VersionedFiles.versionOf(resource).equals(ctx.queryParam("v"));
    ctx.header("Cache-Control", current ? IMMUTABLE : CACHE_CONTROL);
    ctx.header("ETag", resource.etag());
    if (unchanged(ctx.header("If-None-Match"), resource.etag())) {
      ctx.contentType(resource.contentType()).status(304);
    } else {
      send(ctx, 200, resource);
    }
    ctx.skipRemainingHandlers();
  }

  private void securityHeaders(Context ctx, boolean mayBeFramed) {
    ctx.header("Content-Security-Policy", security.policy(mayBeFramed));
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    if (!mayBeFramed) {
      ctx.header("X-Frame-Options", "DENY");
    }
  }

  private static void send(Context ctx, int status, WebResource resource) {
    ctx.status(status).contentType(resource.contentType());
    if ("GET".equals(ctx.method().name())) {
      ctx.result(resource.bytes());
    } else {
      ctx.header("Content-Length", Integer.toString(resource.bytes().length));
    }
  }

  private static boolean unchanged(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }
}
