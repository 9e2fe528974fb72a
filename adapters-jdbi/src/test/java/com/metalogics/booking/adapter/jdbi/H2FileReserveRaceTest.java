package com.metalogics.booking.adapter.jdbi;

import org.junit.jupiter.api.Test;

class H2FileReserveRaceTest {

  @Test
  void twoInstancesRacing_neverDoubleBook_andNeverBreachTheLimit() throws Exception {
    ReserveRace.runAndCheck(H2Files.freshDatabase());
  }

  @Test
  void twoInstancesRacing_neverBookAnEventTypeBeyondItsDailyLimit() throws Exception {
    CapRace.runAndCheck(H2Files.freshDatabase());
  }

  @Test
  void vipsAndOthersRacing_neverTakeASlotTheRulesDenyThem() throws Exception {
    VipRace.runAndCheck(H2Files.freshDatabase());
  }
}
