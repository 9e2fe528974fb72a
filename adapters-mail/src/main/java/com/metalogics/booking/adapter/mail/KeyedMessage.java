package com.metalogics.booking.adapter.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Keeps our Message-ID: Jakarta Mail would otherwise generate a fresh one on save. */
final class KeyedMessage extends MimeMessage {
  private final String id;

  KeyedMessage(Session session, String id) {
    super(session);
    this.id = id;
  }

  @Override
  protected void updateMessageID() throws MessagingException {
    setHeader("Message-ID", id);
  }
}
