package com.metalogics.booking.adapter.jdbi;

import org.junit.jupiter.api.Test;

class PostgresReserveRaceTest {

  @Test
  void twoInstancesRacing_neverDoubleBook_andNeverBreachTheLimit() throws Exception {
    ReserveRace.runAndCheck(PostgresServer.freshDatabase());
  }

  @Test
  void twoInstancesRacing_neverBookAnEventTypeBeyondItsDailyLimit() throws Exception {
    CapRace.runAndCheck(PostgresServer.freshDatabase());
  }

  @Test
  void twoInstancesRacing_onARoundRobinPoolAndASharedHost_neverDoubleBookAHostOrBreachTheirLimit()
      throws Exception {
    TeamRace.runAndCheck(PostgresServer.freshDatabase());
  }

  @Test
  void twoInstancesRacing_onARoundRobinPool_leaveTheHostsCountsWithinOne() throws Exception {
    PoolFairnessRace.runAndCheck(PostgresServer.freshDatabase());
  }

  @Test
  void vipsAndOthersRacing_neverTakeASlotTheRulesDenyThem() throws Exception {
    VipRace.runAndCheck(PostgresServer.freshDatabase());
  }
}
