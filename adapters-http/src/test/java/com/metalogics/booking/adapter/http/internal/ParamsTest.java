package com.metalogics.booking.adapter.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParamsTest {

  @Test
  void givenRandomDays_parseDate_agreesWithIsoLocalDate() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int i = 0; i < 20_000; i++) {
      LocalDate day = LocalDate.ofEpochDay(random.nextInt(2_900_000));
      String text = DateTimeFormatter.ISO_LOCAL_DATE.format(day);
      assertThat(Params.parseDate(text)).as("seed %d", seed).isEqualTo(day);
    }
  }

  @Test
  void givenImpossibleOrOutOfRangeDates_parseDate_refusesThem() {
    for (String bad :
        new String[] {
          "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "1969-12-31", "0000-01-01",
          "2026-1-01", "2026-01-1x", "2026/01/01", "２０２６-01-01", "+2026-01-01", "10000-01-01"
        }) {
      assertThatThrownBy(() -> Params.parseDate(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(Params.parseDate(" 2028-02-29 ")).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void newRequestIds_areDistinctVersionFourUuids() {
    String first = RequestFilters.newRequestId();
    UUID parsed = UUID.fromString(first);
    assertThat(parsed.version()).isEqualTo(4);
    assertThat(parsed.variant()).isEqualTo(2);
    assertThat(parsed.toString()).isEqualTo(first);
    assertThat(RequestFilters.newRequestId()).isNotEqualTo(first);
  }
}
