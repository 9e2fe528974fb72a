package com.metalogics.booking.adapter.http;

import com.metalogics.booking.core.port.out.HealthStatus;
import java.util.Map;

/**
 * What {@code GET /health/ready} reports: one status per dependency ("database", "calendar", "crm",
 * and "syncWorker" where one runs). The service is ready when none is {@link HealthStatus#DOWN}.
 */
@FunctionalInterface
public interface Readiness {

  Map<String, HealthStatus> check();
}
