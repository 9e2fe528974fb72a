/**
 * The workings of the Google Calendar adapter: client set-up, free/busy reading, event mapping,
 * error classification and the Failsafe policies.
 *
 * <p>Not API. Types here are public only where {@code com.metalogics.booking.adapter.google} needs
 * them; they may change or disappear in any release. Nothing outside this module may use them,
 * which the architecture test in {@code app} checks.
 */
package com.metalogics.booking.adapter.google.internal;
