package com.metalogics.booking.core.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who belongs to a VIP tier without a link: listed e-mail addresses, e-mail domains, or CRM
 * contacts meeting a condition. A signed VIP link of the tier counts as well.
 *
 * @param emails normalised (trimmed, lower case)
 * @param domains lower case, without {@code @}; a domain also covers its subdomains
 */
public record VipMembers(
    List<String> emails, List<String> domains, Optional<CrmCondition> crmCondition) {

  public static final VipMembers LINK_ONLY = new VipMembers(List.of(), List.of(), Optional.empty());

  public VipMembers {
    Objects.requireNonNull(crmCondition, "crmCondition");
    emails = emails.stream().map(EmailAddress::normalize).toList();
    domains = domains.stream().map(d -> d.trim().toLowerCase(Locale.ROOT)).toList();
  }

  /** Listed by address or by domain. */
  public boolean listed(String email) {
    String normalized = EmailAddress.normalize(email);
    if (emails.contains(normalized)) {
      return true;
    }
    String domain = normalized.substring(normalized.lastIndexOf('@') + 1);
    return domains.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
  }
}
