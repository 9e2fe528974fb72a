package com.metalogics.booking.app;

/** Where the service runs; production refuses the shortcuts development allows. */
public enum AppEnv {
  DEVELOPMENT,
  PRODUCTION
}
