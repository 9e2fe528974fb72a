package com.metalogics.booking.adapter.http;

import com.metalogics.booking.core.port.out.HealthStatus;
import java.util.Map;

/**
 * What {@code GET /health/ready} reports: one status per dependency ("database", "calendar", "crm",
 * "sms", and "syncWorker" where one runs). The service is ready unless the database, the sync
 * worker or another essential component is {@link HealthStatus#DOWN}; a calendar, CRM or SMS
 * provider that is down makes it DEGRADED, not unready, because bookings go on without them.
 */
@FunctionalInterface
public interface Readiness {

  Map<String, HealthStatus> check();
}
