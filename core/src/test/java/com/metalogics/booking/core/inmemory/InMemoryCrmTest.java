package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.contract.CrmPortContract;
import com.metalogics.booking.core.port.out.CrmPort;

class InMemoryCrmTest extends CrmPortContract {

  private InMemoryCrm inMemory;

  @Override
  protected CrmPort createCrm() {
    inMemory = new InMemoryCrm();
    return inMemory;
  }

  @Override
  protected int noteCount(String contactId) {
    return inMemory.notesOf(contactId).size();
  }
}
