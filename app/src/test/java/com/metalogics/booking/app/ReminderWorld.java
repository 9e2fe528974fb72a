package com.metalogics.booking.app;

import com.metalogics.booking.adapter.jdbi.JdbiStorage;
import com.metalogics.booking.adapter.jdbi.StorageConfig;
import com.metalogics.booking.adapter.mail.MailConfig;
import com.metalogics.booking.adapter.mail.SmtpReminderSender;
import com.metalogics.booking.adapter.twilio.E164PhoneNumbers;
import com.metalogics.booking.adapter.twilio.TwilioConfig;
import com.metalogics.booking.adapter.twilio.TwilioSmsSender;
import com.metalogics.booking.adapter.twilio.fake.FakeTwilio;
import com.metalogics.booking.core.application.BookingEngine;
import com.metalogics.booking.core.application.SyncPolicy;
import com.metalogics.booking.core.contract.MutableClock;
import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.ReminderChannel;
import com.metalogics.booking.core.domain.ReminderPlan;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.TimeRange;
import com.metalogics.booking.core.port.in.BookMeetingCommand;
import com.metalogics.booking.core.port.in.BookingAccess;
import com.metalogics.booking.core.port.in.BookingReceipt;
import com.metalogics.booking.core.port.in.CancelBookingCommand;
import com.metalogics.booking.core.port.in.RescheduleBookingCommand;
import com.metalogics.booking.core.port.out.ReminderMessage;
import com.metalogics.booking.core.port.out.ReminderSender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Engines on one H2 file (one per instance), with the real SMTP and Twilio reminder senders against
 * GreenMail and the fake Twilio, driven tick by tick on a hand-moved clock through a {@link
 * ReminderScript}. Every send that returned is logged with the clock's time.
 */
final class ReminderWorld implements AutoCloseable {

  static final int BATCH = 50;

  /** A send that returned: which booking revision, which reminder, when, by which instance. */
  record Sent(UUID bookingId, int revision, ReminderMessage message, Instant at, int instance) {}

  final MutableClock clock;
  final List<JdbiStorage> storages = new ArrayList<>();
  final List<BookingEngine> instances = new ArrayList<>();
  final List<Sent> sent = new ArrayList<>();
  final AtomicBoolean smtpDown = new AtomicBoolean();
  private final Map<Integer, UUID> ids = new ConcurrentHashMap<>();
  private final Map<UUID, Integer> indexes = new ConcurrentHashMap<>();
  private final Map<Integer, String> tokens = new ConcurrentHashMap<>();

  ReminderWorld(Path dir, Instant begin, int instanceCount, int smtpPort, FakeTwilio twilio) {
    this(
        StorageConfig.of("jdbc:h2:file:" + dir.resolve("reminders"), "", ""),
        begin,
        instanceCount,
        smtpPort,
        twilio);
  }

  ReminderWorld(
      StorageConfig database, Instant begin, int instanceCount, int smtpPort, FakeTwilio twilio) {
    clock = new MutableClock(begin);
    for (int i = 0; i < instanceCount; i++) {
      JdbiStorage storage = JdbiStorage.open(database, clock);
      storages.add(storage);
      instances.add(engine(storage, smtpPort, twilio, i));
    }
    setUpCatalog(instances.get(0));
  }

  private BookingEngine engine(JdbiStorage storage, int smtpPort, FakeTwilio twilio, int instance) {
    MailConfig mail =
        new MailConfig(
            "127.0.0.1",
            smtpPort,
            Optional.empty(),
            Optional.empty(),
            "bookings@metalogics.test",
            Optional.empty(),
            "https://book.metalogics.test",
            false,
            Duration.ofSeconds(5));
    TwilioConfig sms =
        TwilioConfig.builder()
            .accountSid(FakeTwilio.ACCOUNT_SID)
            .authToken(Optional.of(FakeTwilio.AUTH_TOKEN))
            .from(Optional.of(FakeTwilio.FROM))
            .baseUrl(twilio.baseUrl())
            .publicBaseUrl("https://book.metalogics.test")
            .maxAttempts(2)
            .retryDelay(Duration.ofMillis(1))
            .circuit(5, Duration.ofMillis(20))
            .build();
    return BookingEngine.builder()
        .repository(storage.repository())
        .catalog(storage.catalog())
        .rules(BookingRules.defaults())
        .clock(clock)
        .manageTokenSecret("a reminder test secret, long enough".getBytes(StandardCharsets.UTF_8))
        .syncPolicy(
            new SyncPolicy(
                Duration.ofSeconds(30),
                Duration.ofHours(1),
                10,
                Duration.ofSeconds(60),
                BATCH,
                Duration.ofSeconds(20)))
        .reminderSender(new Logged(new SmtpDown(new SmtpReminderSender(mail)), instance))
        .reminderSender(new Logged(new TwilioSmsSender(sms), instance))
        .phoneNumbers(new E164PhoneNumbers())
        .build();
  }

  /** A host free around the clock and a 10-minute type with 24 h and 1 h reminders both ways. */
  private static void setUpCatalog(BookingEngine engine) {
    var catalog = engine.manageCatalog();
    catalog.saveSchedule(
        Schedule.uniform(
            "always",
            "Always",
            ZoneOffset.UTC,
            EnumSet.allOf(DayOfWeek.class),
            List.of(TimeRange.parse("00:00", "24:00"))),
        OptionalLong.empty(),
        "test");
    catalog.saveHost(
        new Host(
            "pinger",
            "Pinger",
            "pinger@example.com",
            ZoneOffset.UTC,
            "always",
            Optional.empty(),
            true,
            1,
            0),
        OptionalLong.empty(),
        "test");
    catalog.saveEventType(
        new EventType(
            "ping",
            "Ping",
            "",
            "Room 7",
            List.of(ReminderScript.LENGTH),
            ReminderScript.LENGTH,
            Optional.empty(),
            Duration.ZERO,
            Duration.ZERO,
            Duration.ZERO,
            30,
            BookingLimits.none(),
            Optional.empty(),
            Assignment.SINGLE,
            List.of("pinger"),
            Optional.empty(),
            true,
            new ReminderPlan(ReminderScript.REMINDERS, List.of())),
        OptionalLong.empty(),
        "test");
  }

  /** Runs the script to its end: each tick its changes, then every instance's worker at once. */
  void run(ReminderScript script, Consumer<Instant> beforeTick) {
    int next = 0;
    for (Instant t = script.begin; !t.isAfter(script.end()); t = t.plus(ReminderScript.TICK)) {
      clock.set(t);
      beforeTick.accept(t);
      while (next < script.actions.size() && !script.actions.get(next).at().isAfter(t)) {
        apply(script.actions.get(next++));
      }
      CompletableFuture.allOf(
              instances.stream()
                  .map(e -> CompletableFuture.runAsync(() -> drain(e)))
                  .toArray(CompletableFuture[]::new))
          .join();
    }
  }

  /** As the sync worker does: another batch while the last one came full. */
  private static void drain(BookingEngine engine) {
    boolean full;
    do {
      full = engine.syncBookings().syncDue().effects() >= BATCH;
    } while (full);
  }

  private void apply(ReminderScript.Action action) {
    BookingEngine engine = instances.get(action.index() % instances.size());
    switch (action.kind()) {
      case BOOK -> {
        BookingReceipt receipt =
            engine
                .bookMeeting()
                .handle(
                    new BookMeetingCommand(
                            Optional.of("Guest " + action.index()),
                            Optional.of("guest-" + action.index() + "@example.com"),
                            Optional.of(action.start()),
                            Optional.of(10),
                            Optional.empty(),
                            Optional.of("044 668 " + (1000 + action.index())),
                            Optional.empty(),
                            Optional.of("Europe/Zurich"),
                            Optional.empty(),
                            Optional.of("ping"))
                        .withPhoneRegion("CH"));
        ids.put(action.index(), receipt.booking().id());
        indexes.put(receipt.booking().id(), action.index());
        tokens.put(action.index(), receipt.manageToken());
      }
      case MOVE ->
          engine
              .rescheduleBooking()
              .handle(
                  new RescheduleBookingCommand(
                      access(action.index()), Optional.of(action.start()), Optional.empty()));
      case CANCEL ->
          engine
              .cancelBooking()
              .handle(new CancelBookingCommand(access(action.index()), Optional.empty()));
    }
  }

  private BookingAccess access(int index) {
    return BookingAccess.withToken(ids.get(index), tokens.get(index));
  }

  /** The script's index of the booking. */
  int indexOf(UUID bookingId) {
    return indexes.get(bookingId);
  }

  @Override
  public void close() {
    storages.forEach(JdbiStorage::close);
  }

  /** Logs every send that returned, with the clock's time. */
  private final class Logged implements ReminderSender {
    private final ReminderSender delegate;
    private final int instance;

    Logged(ReminderSender delegate, int instance) {
      this.delegate = delegate;
      this.instance = instance;
    }

    @Override
    public ReminderChannel channel() {
      return delegate.channel();
    }

    @Override
    public String send(ReminderMessage message) {
      String ref = delegate.send(message);
      synchronized (sent) {
        sent.add(
            new Sent(
                message.booking().id(),
                message.booking().revision(),
                message,
                clock.instant(),
                instance));
      }
      return ref;
    }

    @Override
    public Optional<String> findSent(ReminderMessage message) {
      return delegate.findSent(message);
    }
  }

  /** SMTP that refuses connections while {@link #smtpDown} holds. */
  private final class SmtpDown implements ReminderSender {
    private final ReminderSender delegate;

    SmtpDown(ReminderSender delegate) {
      this.delegate = delegate;
    }

    @Override
    public ReminderChannel channel() {
      return delegate.channel();
    }

    @Override
    public String send(ReminderMessage message) {
      if (smtpDown.get()) {
        throw new IllegalStateException("SMTP send failed: Connection refused");
      }
      return delegate.send(message);
    }
  }
}
