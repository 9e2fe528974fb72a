package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.port.in.BookMeetingCommand;
import com.metalogics.booking.core.port.in.BookingAccess;
import com.metalogics.booking.core.port.in.CancelBookingCommand;
import com.metalogics.booking.core.port.out.BookingQuery;
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
            Optional.of(" "),
            Optional.of("not-an-email"),
            Optional.of(h.clock.instant().minusSeconds(60)),
            Optional.of(17),
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
            errorsOf(
                    new BookMeetingCommand(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
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
          "a@b.c",
          "a@example.c0m",
          "a@example.1",
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
  void controlCharacters_areRefusedInEveryTextField_naming_eachOne() {
    BookMeetingCommand nul =
        new BookMeetingCommand(
            Optional.of("Ada\tLovelace"),
            Optional.of("a\u0000b@example.org"),
            Optional.of(h.ny(2, 10, 0)),
            Optional.of(30),
            Optional.of("Engines\u0000Ltd"),
            Optional.of("+1 555\u007f0100"),
            Optional.of("hello\u0000"),
            Optional.of("Europe/London\u0085"),
            Optional.of("key\u0001"));
    assertThat(errorsOf(nul))
        .containsOnlyKeys(
            "name", "email", "company", "phone", "message", "timeZone", "idempotencyKey")
        .allSatisfy(
            (field, problem) ->
                assertThat(problem).isEqualTo("must not contain control characters"));
  }

  @Test
  void message_mayHoldTabsAndLineFeeds_butNoOtherControlOrLoneSurrogate() {
    Instant start = h.ny(2, 10, 0);
    for (String bad : new String[] {"a\rb", "bell\u0007", "\ud800 alone", "tail\udc00"}) {
      assertThat(
              errorsOf(
                  BookMeetingCommand.of("Ada", "a@example.com", start, 30)
                      .withDetails(null, null, bad)))
          .as(bad)
          .containsOnlyKeys("message");
    }
    BookMeetingCommand lines =
        BookMeetingCommand.of("Ada \uD83D\uDE00", "a@example.com", start, 30)
            .withDetails(null, null, "first line\n\tindented");
    assertThat(h.engine.bookMeeting().handle(lines).booking().attendee().message())
        .contains("first line\n\tindented");
  }

  @Test
  void cancelReason_mayHoldLineBreaks_butNoNul() {
    var receipt = h.book(h.ny(2, 10, 0), "ada@example.com");
    var access = BookingAccess.admin(receipt.booking().id());
    assertThatThrownBy(
            () ->
                h.engine
                    .cancelBooking()
                    .handle(new CancelBookingCommand(access, Optional.of("no\u0000"))))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("reason"));
    assertThat(
            h.engine
                .cancelBooking()
                .handle(new CancelBookingCommand(access, Optional.of("ill\nsorry")))
                .booking()
                .cancelReason())
        .contains("ill\nsorry");
  }

  @Test
  void adminListAndOverrides_refuseAnEmailWithControlCharacters() {
    var query = BookingQuery.all(50).withEmail("a\u0000b@example.org");
    assertThatThrownBy(() -> h.engine.listBookings().handle(query))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("email"));
    assertThatThrownBy(() -> h.engine.limitOverrides().set("a\u0000b@example.org", 3))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsEntry("email", "must not contain control characters"));
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
