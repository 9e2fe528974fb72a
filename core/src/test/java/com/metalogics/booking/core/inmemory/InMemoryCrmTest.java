package com.metalogics.booking.core.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.contract.CrmPortContract;
import com.metalogics.booking.core.port.out.CrmContact;
import com.metalogics.booking.core.port.out.CrmPort;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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

  @Test
  void aContactWrittenWithoutAnOwner_keepsTheOwnerItHas() {
    CrmContact ada =
        new CrmContact("ada@example.com", "Ada", "Lovelace", Optional.empty(), Optional.empty());
    String id = inMemory.upsertContact(ada.withOwner(Optional.of("51234567")));

    inMemory.upsertContact(ada);

    assertThat(inMemory.contact(id).orElseThrow().ownerId()).contains("51234567");
  }
}
