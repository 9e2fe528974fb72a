package com.metalogics.booking.core.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail rules shared by validation, the frequency limit and log masking. */
public final class EmailAddress {

  /**
   * Deliberately simple: one @, no spaces, no consecutive dots, and a domain that ends in a
   * top-level domain of at least two letters (or an internationalised one, {@code xn--...}): a
   * one-letter TLD such as {@code a@b.c} does not exist, so mail to it could never arrive.
   */
  private static final Pattern SHAPE =
      Pattern.compile(
          "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@([A-Za-z0-9-]+\\.)+"
              + "([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$");

  public static final int MAX_LENGTH = 254;

  private EmailAddress() {}

  /** Trimmed and lower-cased: the form the frequency limit counts by. */
  public static String normalize(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  public static boolean isWellFormed(String email) {
    String trimmed = email.trim();
    return trimmed.length() <= MAX_LENGTH
        && !trimmed.contains("..")
        && SHAPE.matcher(trimmed).matches();
  }

  /** For logs: {@code jane.doe@example.com} becomes {@code j***@e***.com}. */
  public static String mask(String email) {
    if (email == null || email.isBlank()) {
      return "";
    }
    String trimmed = email.trim();
    int at = trimmed.indexOf('@');
    if (at <= 0) {
      return "***";
    }
    String domain = trimmed.substring(at + 1);
    int dot = domain.lastIndexOf('.');
    String tld = dot >= 0 ? domain.substring(dot) : "";
    String domainHead = domain.isEmpty() ? "" : domain.substring(0, 1);
    return trimmed.charAt(0) + "***@" + domainHead + "***" + tld;
  }

  /** For logs: keeps only the last two digits of a phone number. */
  public static String maskPhone(String phone) {
    if (phone == null || phone.isBlank()) {
      return "";
    }
    String digits = phone.replaceAll("\\D", "");
    return digits.length() <= 2 ? "***" : "***" + digits.substring(digits.length() - 2);
  }
}
