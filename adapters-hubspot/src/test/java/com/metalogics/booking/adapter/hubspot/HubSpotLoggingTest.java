package com.metalogics.booking.adapter.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.metalogics.booking.adapter.hubspot.fake.FakeHubSpot;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.port.out.CrmContact;
import com.metalogics.booking.core.port.out.CrmNote;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Neither the token nor the attendee's e-mail or phone reaches a log line, at any level. */
class HubSpotLoggingTest {

  private static final String EMAIL = "ada.lovelace@example.com";
  private static final String PHONE = "+44 20 7946 0123";

  private final Logger logger =
      (Logger) LoggerFactory.getLogger("com.metalogics.booking.adapter.hubspot");
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  @AutoClose private final FakeHubSpot hubSpot = FakeHubSpot.start();
  private Level previous;

  @BeforeEach
  void start() {
    previous = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    appender.start();
    logger.addAppender(appender);
  }

  @AfterEach
  void stop() {
    logger.detachAppender(appender);
    logger.setLevel(previous);
  }

  @Test
  void successAndFailure_logNoSecretsAndNoContactData() {
    HubSpotCrmAdapter crm =
        new HubSpotCrmAdapter(hubSpot.adapterConfig(), new MutableTicker(), Duration.ofSeconds(10));
    CrmContact contact =
        new CrmContact(EMAIL, "Ada", "Lovelace", Optional.empty(), Optional.of(PHONE));
    String id = crm.upsertContact(contact);
    hubSpot.failNext(1, 500);
    crm.addNote(id, new CrmNote("k:1", Instant.now(), "Meeting booked"));
    hubSpot.acceptToken("pat-na1-ffffffff-ffff-4fff-8fff-ffffffffffff");
    assertThatThrownBy(() -> crm.upsertContact(contact)).isInstanceOf(IntegrationException.class);

    assertThat(appender.list).isNotEmpty();
    assertThat(appender.list)
        .map(HubSpotLoggingTest::render)
        .noneMatch(line -> line.contains(FakeHubSpot.TOKEN))
        .noneMatch(line -> line.contains("0a1b2c3d-4e5f"))
        .noneMatch(line -> line.contains(EMAIL))
        .noneMatch(line -> line.contains("7946"));
  }

  private static String render(ILoggingEvent event) {
    return event.getFormattedMessage()
        + (event.getThrowableProxy() == null
            ? ""
            : ThrowableProxyUtil.asString(event.getThrowableProxy()));
  }
}
