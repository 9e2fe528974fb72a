package com.metalogics.booking.adapter.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class E164PhoneNumbersTest {

  private final E164PhoneNumbers numbers = new E164PhoneNumbers();

  @Test
  void aNumberWithItsCountryCode_standsOnItsOwn() {
    assertThat(numbers.toE164("+41 44 668 18 00", Optional.empty())).contains("+41446681800");
    assertThat(numbers.toE164("(+1) 650-253-0000", Optional.of("DE"))).contains("+16502530000");
  }

  @Test
  void aNationalNumber_needsTheAttendeesCountry() {
    assertThat(numbers.toE164("044 668 18 00", Optional.of("ch"))).contains("+41446681800");
    assertThat(numbers.toE164("044 668 18 00", Optional.empty())).isEmpty();
  }

  @Test
  void noNumbers_andImpossibleOnes_areRefused() {
    assertThat(numbers.toE164("call me", Optional.of("CH"))).isEmpty();
    assertThat(numbers.toE164("+41 12", Optional.empty())).isEmpty();
    assertThat(numbers.toE164("+41446681800", Optional.of("XX"))).contains("+41446681800");
  }
}
