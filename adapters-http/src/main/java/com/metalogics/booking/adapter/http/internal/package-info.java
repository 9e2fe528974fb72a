/**
 * The workings of the HTTP API: routes, JSON mapping, the error envelope, authentication, rate
 * limits and metrics.
 *
 * <p>Not API. Types here are public only where {@code com.metalogics.booking.adapter.http} needs
 * them; they may change or disappear in any release. Nothing outside this module may use them,
 * which the architecture test in {@code app} checks.
 */
package com.metalogics.booking.adapter.http.internal;
