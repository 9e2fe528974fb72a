package com.metalogics.booking.app;

import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.port.out.CrmContact;
import com.metalogics.booking.core.port.out.CrmNote;
import com.metalogics.booking.core.port.out.CrmPort;
import com.metalogics.booking.core.port.out.HealthStatus;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;

/** A CRM that counts its calls' outcomes; otherwise the CRM it wraps. */
final class MeteredCrm implements CrmPort {

  private final CrmPort delegate;
  private final IntegrationMeter meter;

  MeteredCrm(CrmPort delegate, MeterRegistry registry) {
    this.delegate = delegate;
    this.meter = new IntegrationMeter(registry, "crm");
  }

  @Override
  public String upsertContact(CrmContact contact) {
    return meter.record("upsert_contact", () -> delegate.upsertContact(contact));
  }

  @Override
  public void addNote(String contactId, CrmNote note) {
    meter.run("add_note", () -> delegate.addNote(contactId, note));
  }

  @Override
  public void recordStatus(String contactId, UUID bookingId, BookingStatus status) {
    meter.run("record_status", () -> delegate.recordStatus(contactId, bookingId, status));
  }

  @Override
  public boolean enabled() {
    return delegate.enabled();
  }

  @Override
  public HealthStatus health() {
    return delegate.health();
  }
}
