package com.metalogics.booking.adapter.http.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files under {@code web/}, with every reference to an asset made to name its version: {@code
 * /assets/app.css} in a page becomes {@code /assets/app.css?v=<hash>}, {@code './api.js'} in a
 * module becomes {@code './api.js?v=<hash>'}. A version is the hash of the asset as served, its own
 * references included, so changing a module changes the version of every module that imports it and
 * of the pages. A browser may then keep a versioned asset for a year without asking again.
 */
final class VersionedFiles {

  private static final Pattern PAGE_REFERENCE =
      Pattern.compile("((?:href|src)=\")/assets/([a-z0-9][a-z0-9-]{0,60}\\.(?:css|js|svg))\"");
  private static final Pattern MODULE_REFERENCE =
      Pattern.compile("((?:from|import)\\s*\\(?\\s*)'\\./([a-z0-9][a-z0-9-]{0,60}\\.js)'");
  private static final int VERSION_LENGTH = 12;

  /**
   * A part shared by several pages (the admin pages' navigation and key form), written once under
   * {@code web/partials/} and put in place where a page names it, before the page's references are
   * versioned. {@code current=<path>} marks the part's link to that path as the page being shown.
   */
  private static final Pattern INCLUDE =
      Pattern.compile(
          " *<!-- include: ([a-z0-9][a-z0-9-]{0,60}\\.html)(?: current=(/[a-z0-9/-]{0,60}))? -->\n");

  private final Map<String, Optional<WebResource>> files = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();

  /** The file as served, its references versioned; empty when there is none. */
  synchronized Optional<WebResource> resource(String name) {
    Optional<WebResource> known = files.get(name);
    if (known != null) {
      return known;
    }
    inProgress.add(name);
    Optional<WebResource> loaded = WebResource.load(name).map(this::versioned);
    inProgress.remove(name);
    files.put(name, loaded);
    return loaded;
  }

  /** The version an asset is asked for by; empty for a file that does not exist. */
  Optional<String> version(String name) {
    return resource(name).map(VersionedFiles::versionOf);
  }

  static String versionOf(WebResource resource) {
    return resource.etag().substring(1, 1 + VERSION_LENGTH);
  }

  private WebResource versioned(WebResource file) {
    String type = file.contentType();
    if (!type.startsWith("text/html") && !type.startsWith("text/javascript")) {
      return file;
    }
    String text = new String(file.bytes(), StandardCharsets.UTF_8);
    String rewritten =
        type.startsWith("text/html")
            ? rewrite(included(text), PAGE_REFERENCE, "assets/", "/assets/", "\"")
            : rewrite(text, MODULE_REFERENCE, "assets/", "'./", "'");
    return rewritten.equals(text)
        ? file
        : WebResource.of(rewritten.getBytes(StandardCharsets.UTF_8), file.contentType());
  }

  /** The page with each named part in place; a part that does not exist is a packaging bug. */
  private static String included(String page) {
    Matcher m = INCLUDE.matcher(page);
    StringBuilder out = new StringBuilder(page.length() + 1024);
    while (m.find()) {
      String name = "partials/" + m.group(1);
      WebResource part =
          WebResource.load(name)
              .orElseThrow(() -> new IllegalStateException("missing web part " + name));
      String text = new String(part.bytes(), StandardCharsets.UTF_8);
      if (m.group(2) != null) {
        text = markCurrent(text, m.group(2), name);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String markCurrent(String part, String path, String name) {
    String link = "<a href=\"" + path + "\">";
    if (!part.contains(link)) {
      throw new IllegalStateException("web part " + name + " has no link to " + path);
    }
    return part.replace(link, "<a href=\"" + path + "\" aria-current=\"page\">");
  }

  /**
   * Appends {@code ?v=} to each reference. A module that is being versioned higher up the chain (an
   * import cycle) keeps its plain name: it is then only revalidated, never stale.
   */
  private String rewrite(String text, Pattern pattern, String folder, String prefix, String end) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 256);
    while (m.find()) {
      String target = folder + m.group(2);
      Optional<String> version = inProgress.contains(target) ? Optional.empty() : version(target);
      String query = version.map(v -> "?v=" + v).orElse("");
      m.appendReplacement(
          out, Matcher.quoteReplacement(m.group(1) + prefix + m.group(2) + query + end));
    }
    m.appendTail(out);
    return out.toString();
  }
}
