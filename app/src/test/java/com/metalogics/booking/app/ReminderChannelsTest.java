package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.application.BookingEngine;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Reminder;
import com.metalogics.booking.core.domain.ReminderChannel;
import com.metalogics.booking.core.domain.ReminderPlan;
import com.metalogics.booking.core.inmemory.InMemoryBookingRepository;
import com.metalogics.booking.core.port.in.ManageCatalog;
import com.metalogics.booking.core.port.out.Stored;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ReminderChannelsTest {

  private final ManageCatalog catalog =
      BookingEngine.builder()
          .repository(new InMemoryBookingRepository())
          .rules(BookingRules.defaults())
          .manageTokenSecret("a test secret that is long enough".getBytes(StandardCharsets.UTF_8))
          .build()
          .manageCatalog();

  @Test
  void production_refusesToStart_whileAnActiveTypeSendsSmsWithoutTwilio() {
    Stored<EventType> meeting = catalog.eventType("meeting");
    catalog.saveEventType(
        meeting
            .value()
            .withReminders(
                new ReminderPlan(List.of(new Reminder(ReminderChannel.SMS, 60)), List.of())),
        OptionalLong.of(meeting.version()),
        "test");

    assertThatThrownBy(
            () -> ReminderChannels.requireSmsWhereAskedFor(AppEnv.PRODUCTION, false, catalog))
        .hasMessageContaining("[meeting]")
        .hasMessageContaining("TWILIO_");
    assertThatCode(() -> ReminderChannels.requireSmsWhereAskedFor(AppEnv.PRODUCTION, true, catalog))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> ReminderChannels.requireSmsWhereAskedFor(AppEnv.DEVELOPMENT, false, catalog))
        .doesNotThrowAnyException();
  }

  @Test
  void production_startsWithoutTwilio_whenNoTypeSendsSms() {
    assertThatCode(
            () -> ReminderChannels.requireSmsWhereAskedFor(AppEnv.PRODUCTION, false, catalog))
        .doesNotThrowAnyException();
  }
}
