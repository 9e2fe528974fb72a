package com.metalogics.booking.adapter.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.TimeOrderedIds;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmsTextTest {

  @Test
  void remindersPlannedInOneMillisecond_haveReferencesOfTheirOwn() {
    Instant planned = Instant.parse("2026-11-30T21:00:00Z");
    Set<String> references = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      references.add(SmsText.reference(TimeOrderedIds.next(planned).toString()));
    }

    // A retry finds its sent message by the reference: two reminders of one booking to one
    // number, planned together, must not find each other's.
    assertThat(references).hasSize(100);
  }

  @Test
  void aTimeOrderedKey_givesItsLastTenDigits() {
    assertThat(SmsText.reference("01a22e0a-f67b-7abc-8123-456789abcdef"))
        .isEqualTo("Ref 6789ABCDEF");
  }

  @Test
  void aRandomKey_keepsItsFirstTenDigits_asRemindersPlannedBeforeTheUpgradeWereSent() {
    assertThat(SmsText.reference("1a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d"))
        .isEqualTo("Ref 1A2B3C4D5E");
  }
}
