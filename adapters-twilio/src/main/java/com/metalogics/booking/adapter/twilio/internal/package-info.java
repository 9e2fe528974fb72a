/**
 * The workings of the Twilio SMS adapter: the REST client, its failures and the Failsafe policies.
 *
 * <p>Not API. Types here are public only where {@code com.metalogics.booking.adapter.twilio} needs
 * them; they may change or disappear in any release. Nothing outside this module may use them,
 * which the architecture test in {@code app} checks.
 */
package com.metalogics.booking.adapter.twilio.internal;
