package com.metalogics.booking.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

  @Test
  void aDomainNeedsATopLevelDomainOfAtLeastTwoLetters() {
    assertThat(EmailAddress.isWellFormed("a@b.c")).isFalse();
    assertThat(EmailAddress.isWellFormed("a@example.c0m")).isFalse();
    assertThat(EmailAddress.isWellFormed("a@example.42")).isFalse();
    assertThat(EmailAddress.isWellFormed("a@example-.")).isFalse();
  }

  @Test
  void ordinaryAndInternationalisedDomains_areAccepted() {
    assertThat(EmailAddress.isWellFormed("a@b.co")).isTrue();
    assertThat(EmailAddress.isWellFormed("ada.lovelace+engine@mail.example.co.uk")).isTrue();
    assertThat(EmailAddress.isWellFormed("ivan@example.xn--p1ai")).isTrue();
    assertThat(EmailAddress.isWellFormed(" ada@example.museum ")).isTrue();
  }
}
