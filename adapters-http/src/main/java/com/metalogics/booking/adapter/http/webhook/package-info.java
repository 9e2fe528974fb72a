/**
 * Outbound webhooks on the wire: the HTTP transport with its target check, and the JSON bodies of
 * the events, which show a booking as the API does.
 */
package com.metalogics.booking.adapter.http.webhook;
