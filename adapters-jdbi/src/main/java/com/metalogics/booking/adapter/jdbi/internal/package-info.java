/**
 * The workings of the Jdbi storage: the repository, its SQL, dialects, locks and migrations.
 *
 * <p>Not API. Types here are public only where {@code com.metalogics.booking.adapter.jdbi} needs
 * them; they may change or disappear in any release. Nothing outside this module may use them,
 * which the architecture test in {@code app} checks.
 */
package com.metalogics.booking.adapter.jdbi.internal;
