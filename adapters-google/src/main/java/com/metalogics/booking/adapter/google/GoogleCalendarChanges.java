package com.metalogics.booking.adapter.google;

import com.google.api.services.calendar.Calendar;
import com.metalogics.booking.adapter.google.internal.CalendarClients;
import com.metalogics.booking.adapter.google.internal.ChannelWatcher;
import com.metalogics.booking.adapter.google.internal.EventsSync;
import com.metalogics.booking.adapter.google.internal.GoogleCalls;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarDelta;
import com.metalogics.booking.core.port.out.CalendarFeed;
import com.metalogics.booking.core.port.out.CalendarWatch;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link CalendarFeed} and {@link CalendarWatch} on the Google Calendar v3 API, with the same
 * service account as {@link GoogleCalendarAdapter}: incremental {@code events.list} with sync
 * tokens, and push channels ({@code events.watch}, {@code channels.stop}). Each call is tried once:
 * syncs and channel renewals are repeated on their own schedule. Failures leave as {@code
 * IntegrationException}.
 */
public final class GoogleCalendarChanges implements CalendarFeed, CalendarWatch {

  private final EventsSync events;
  private final ChannelWatcher channels;

  public GoogleCalendarChanges(GoogleCalendarConfig config) {
    Objects.requireNonNull(config, "config");
    Calendar client =
        CalendarClients.create(
            config.keyFile(), config.rootUrl(), config.delegatedUser(), config.callTimeout());
    this.events = new EventsSync(client, config.timeZone());
    this.channels = new ChannelWatcher(client);
  }

  @Override
  public CalendarDelta list(String calendarId, TimeSlot window) {
    return GoogleCalls.call("events.list", () -> events.list(calendarId, window));
  }

  @Override
  public Optional<CalendarDelta> changesSince(String calendarId, String syncToken) {
    return GoogleCalls.call("events.list", () -> events.changesSince(calendarId, syncToken));
  }

  @Override
  public Watched watch(
      String calendarId, String channelId, String token, URI address, Instant expiresAt) {
    return GoogleCalls.call(
        "events.watch", () -> channels.watch(calendarId, channelId, token, address, expiresAt));
  }

  @Override
  public void stop(String channelId, String resourceId) {
    GoogleCalls.run("channels.stop", () -> channels.stop(channelId, resourceId));
  }
}
