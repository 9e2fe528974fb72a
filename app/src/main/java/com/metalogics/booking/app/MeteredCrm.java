package com.metalogics.booking.app;

import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.CrmOrigin;
import com.metalogics.booking.core.port.out.CrmContact;
import com.metalogics.booking.core.port.out.CrmNote;
import com.metalogics.booking.core.port.out.CrmPort;
import com.metalogics.booking.core.port.out.HealthStatus;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A CRM that counts its calls' outcomes; otherwise the CRM it wraps. */
final class MeteredCrm implements CrmPort {

  private final CrmPort delegate;
  static final String INTEGRATION = "crm";

  /** The operations counted, one per port method. */
  static final List<String> OPERATIONS =
      List.of("upsert_contact", "add_note", "record_status", "contact_property");

  private final IntegrationMeter meter;

  MeteredCrm(CrmPort delegate, MeterRegistry registry) {
    this(delegate, registry, CallLog.NONE);
  }

  /**
   * @param log also told of each call, for the insights' integration health
   */
  MeteredCrm(CrmPort delegate, MeterRegistry registry, CallLog log) {
    this.delegate = delegate;
    this.meter = new IntegrationMeter(registry, INTEGRATION, OPERATIONS, log);
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
  public Optional<String> contactProperty(String email, String property) {
    return meter.record("contact_property", () -> delegate.contactProperty(email, property));
  }

  @Override
  public void recordStatus(String contactId, UUID bookingId, BookingStatus status) {
    meter.run("record_status", () -> delegate.recordStatus(contactId, bookingId, status));
  }

  /**
   * Exports the CRM's call counters at zero for a CRM that is switched off, so that dashboards and
   * alerts find the same series whether it is on or off.
   */
  static void registerSwitchedOff(MeterRegistry registry) {
    new IntegrationMeter(registry, INTEGRATION, OPERATIONS);
  }

  /** Read from what the last upsert brought back: no call, nothing to count. */
  @Override
  public Optional<CrmOrigin> originOf(String contactId) {
    return delegate.originOf(contactId);
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
