package com.metalogics.booking.adapter.google;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the adapter tests: each test gets a fresh fake Google, a key file for it in its own
 * temporary folder, and an adapter pointed at it; all are closed after the test.
 */
abstract class WithFakeGoogle {

  @TempDir Path directory;
  GoogleFixture fixture;
  GoogleCalendarAdapter adapter;

  @BeforeEach
  void startGoogle() {
    fixture = new GoogleFixture(directory);
    adapter = createAdapter(fixture);
  }

  @AfterEach
  void stopGoogle() {
    fixture.close();
  }

  /** The adapter under test; create it through {@code fixture} so that it is closed with it. */
  GoogleCalendarAdapter createAdapter(GoogleFixture fixture) {
    return fixture.adapter();
  }
}
