package com.metalogics.booking.adapter.http.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** One static file of the web pages, read once from the classpath, with its type and ETag. */
record WebResource(byte[] bytes, String contentType, String etag) {

  private static final String ROOT = "/web/";

  /** The file under {@code web/}; empty when there is none. The caller vets {@code name}. */
  static Optional<WebResource> load(String name) {
    try (InputStream in = WebResource.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        return Optional.empty();
      }
      byte[] bytes = in.readAllBytes();
      return Optional.of(new WebResource(bytes, typeOf(name), etagOf(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read web resource " + name, e);
    }
  }

  /** Content made from another file (rewritten), of that file's type. */
  static WebResource of(byte[] bytes, String contentType) {
    return new WebResource(bytes, contentType, etagOf(bytes));
  }

  private static String typeOf(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    if (lower.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    if (lower.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    }
    if (lower.endsWith(".svg")) {
      return "image/svg+xml";
    }
    return "application/octet-stream";
  }

  /** A strong validator from the content, so a restart with the same files keeps it. */
  private static String etagOf(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "\""
          + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22)
          + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
