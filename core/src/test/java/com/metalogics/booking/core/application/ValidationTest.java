package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.port.in.BookMeetingCommand;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidationTest {

  private final EngineHarness h = new EngineHarness();

  private Map<String, String> errorsOf(BookMeetingCommand command) {
    try {
      h.engine.bookMeeting().handle(command);
    } catch (ValidationException e) {
      assertThat(h.repository.all()).isEmpty();
      return e.fieldErrors();
    }
    throw new AssertionError("expected a validation error for " + command);
  }

  @Test
  void everyBadField_isNamed_notOnlyTheFirst() {
    BookMeetingCommand bad =
        new BookMeetingCommand(
            " ",
            "not-an-email",
            h.clock.instant().minusSeconds(60),
            17,
            Optional.of("x".repeat(201)),
            Optional.of("1".repeat(51)),
            Optional.of("m".repeat(5001)),
            Optional.of("Mars/Olympus_Mons"),
            Optional.empty());
    assertThat(errorsOf(bad).keySet())
        .containsExactlyInAnyOrder(
            "name", "email", "company", "phone", "message", "timeZone", "startTime", "duration");
  }

  @Test
  void missingRequiredFields_areEachReported() {
    assertThat(
            errorsOf(new BookMeetingCommand(null, null, null, null, null, null, null, null, null))
                .keySet())
        .containsExactlyInAnyOrder("name", "email", "startTime", "duration");
  }

  @Test
  void eachRule_rejectsItsField() {
    Instant start = h.ny(2, 10, 0);
    assertThat(errorsOf(BookMeetingCommand.of("", "a@example.com", start, 30)))
        .containsOnlyKeys("name");
    assertThat(errorsOf(BookMeetingCommand.of("n".repeat(201), "a@example.com", start, 30)))
        .containsOnlyKeys("name");
    assertThat(errorsOf(BookMeetingCommand.of("Ada\u0000", "a@example.com", start, 30)))
        .containsOnlyKeys("name");
    for (String email :
        new String[] {
          "a@b",
          "a b@example.com",
          "@example.com",
          "a@@example.com",
          "a..b@example.com",
          "a@example..com"
        }) {
      assertThat(errorsOf(BookMeetingCommand.of("Ada", email, start, 30)))
          .as(email)
          .containsOnlyKeys("email");
    }
    assertThat(errorsOf(BookMeetingCommand.of("Ada", "a@example.com", start, 90)))
        .containsOnlyKeys("duration");
    assertThat(errorsOf(BookMeetingCommand.of("Ada", "a@example.com", h.clock.instant(), 30)))
        .containsOnlyKeys("startTime");
    assertThat(
            errorsOf(
                BookMeetingCommand.of("Ada", "a@example.com", start, 30)
                    .withTimeZone("EST5EDT-nope")))
        .containsOnlyKeys("timeZone");
    assertThat(
            errorsOf(
                BookMeetingCommand.of("Ada", "a@example.com", start, 30)
                    .withDetails(null, null, "m".repeat(5001))))
        .containsOnlyKeys("message");
  }

  @Test
  void limitsAreInclusive() {
    Instant start = h.ny(2, 10, 0);
    BookMeetingCommand longest =
        BookMeetingCommand.of("n".repeat(200), "a@example.com", start, 30)
            .withDetails(null, null, "m".repeat(5000));
    assertThat(h.engine.bookMeeting().handle(longest).booking().attendee().name()).hasSize(200);
  }

  @Test
  void limitOverrides_validateTheirInput() {
    assertThatThrownBy(() -> h.engine.limitOverrides().set("nope", 3))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> h.engine.limitOverrides().set("a@example.com", -1))
        .isInstanceOf(ValidationException.class);
  }
}
