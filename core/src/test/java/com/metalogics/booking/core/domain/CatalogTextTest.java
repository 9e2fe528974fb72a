package com.metalogics.booking.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Catalog texts refuse control characters like every other text ({@link TextPolicy}). */
class CatalogTextTest {

  private static final String BELL = "\u0007";

  private static Map<String, String> problemsOf(Runnable construction) {
    try {
      construction.run();
    } catch (ValidationException e) {
      return e.fieldErrors();
    }
    throw new AssertionError("no ValidationException");
  }

  @Test
  void eventTypeTexts_refuseControlCharacters_butTheDescriptionMayBreakLines() {
    Map<String, String> problems =
        problemsOf(() -> type("Intro" + BELL, "line one\nline two\tend", "Room\n1"));
    assertThat(problems).containsOnlyKeys("title", "location");
    assertThat(problems.get("title")).isEqualTo(TextPolicy.CONTROL_CHARACTERS);
    assertThat(type("Intro", "line one\nline two\tend", "Room 1").description()).contains("\n");
    assertThat(problemsOf(() -> type("Intro", "bell" + BELL, "Room 1")))
        .containsOnlyKeys("description");
  }

  @Test
  void scheduleAndHostTexts_refuseControlCharacters() {
    assertThat(
            problemsOf(
                () ->
                    new Schedule(
                        "default",
                        "Hours\n",
                        ZoneId.of("UTC"),
                        Map.of(),
                        List.of(),
                        List.of(
                            new Blackout(
                                LocalDate.of(2027, 1, 1),
                                LocalDate.of(2027, 1, 1),
                                "New" + BELL)))))
        .containsOnlyKeys("name", "blackouts[0].reason");
    assertThat(
            problemsOf(
                () ->
                    new Host(
                        "ada",
                        "Ada\r",
                        "ada@example.com",
                        ZoneId.of("UTC"),
                        "default",
                        Optional.of("cal" + BELL),
                        true,
                        1,
                        0)))
        .containsOnlyKeys("name", "calendarId");
  }

  private static EventType type(String title, String description, String location) {
    return new EventType(
        "intro",
        title,
        description,
        location,
        List.of(Duration.ofMinutes(30)),
        Duration.ofMinutes(30),
        Optional.empty(),
        Duration.ZERO,
        Duration.ZERO,
        Duration.ZERO,
        30,
        BookingLimits.none(),
        Optional.empty(),
        Assignment.SINGLE,
        List.of("owner"),
        Optional.empty(),
        true);
  }
}
