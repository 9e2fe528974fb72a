package com.metalogics.booking.adapter.google.internal;

import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Channel;
import com.metalogics.booking.core.port.out.CalendarWatch.Watched;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;

/** {@code events.watch} and {@code channels.stop}: web-hook channels on a calendar's events. */
public final class ChannelWatcher {

  private final Calendar client;

  public ChannelWatcher(Calendar client) {
    this.client = client;
  }

  public Watched watch(
      String calendarId, String channelId, String token, URI address, Instant expiresAt)
      throws IOException {
    Channel request =
        new Channel()
            .setId(channelId)
            .setType("web_hook")
            .setAddress(address.toString())
            .setToken(token)
            .setExpiration(expiresAt.toEpochMilli());
    Channel answer = client.events().watch(calendarId, request).execute();
    Instant until =
        answer.getExpiration() == null ? expiresAt : Instant.ofEpochMilli(answer.getExpiration());
    return new Watched(answer.getResourceId(), until);
  }

  /** A channel Google no longer knows (404) is stopped already. */
  public void stop(String channelId, String resourceId) throws IOException {
    try {
      client.channels().stop(new Channel().setId(channelId).setResourceId(resourceId)).execute();
    } catch (IOException e) {
      if (GoogleErrors.status(e) != 404) {
        throw e;
      }
    }
  }
}
