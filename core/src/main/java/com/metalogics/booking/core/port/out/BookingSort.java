package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * The admin list's order: one field, ascending or descending. Ties go by start time, then by id as
 * its lower-case string (how PostgreSQL and H2 order UUID columns), in the same direction, so the
 * order is total and a {@link BookingCursor} names one position in it.
 *
 * <p>Every field compares by a text key ({@link #keyOf}): names and companies without regard to
 * case (a missing company as empty text), e-mail addresses normalised, statuses by name, and the
 * sync state by {@link EnabledIntegrations#syncRank}. Keys compare character by character, not by a
 * language's rules, so every storage orders them alike.
 */
public record BookingSort(Field field, boolean descending) {

  /** What the list can be ordered by. */
  public enum Field {
    START,
    NAME,
    EMAIL,
    COMPANY,
    STATUS,
    SYNC
  }

  /** Start time, earliest first: the order of a list nobody sorted. */
  public static final BookingSort DEFAULT = new BookingSort(Field.START, false);

  public BookingSort {
    Objects.requireNonNull(field, "field");
  }

  /** The value this order compares first, as stored; empty for {@link Field#START}. */
  public String keyOf(Booking booking, EnabledIntegrations integrations) {
    return switch (field) {
      case START -> "";
      case NAME -> booking.attendee().name();
      case EMAIL -> booking.attendee().normalizedEmail();
      case COMPANY -> booking.attendee().company().orElse("");
      case STATUS -> booking.status().name();
      case SYNC -> Integer.toString(integrations.syncRank(booking.sync()));
    };
  }

  /** A stored key as it compares: names and companies in lower case. */
  public String comparable(String key) {
    return field == Field.NAME || field == Field.COMPANY ? key.toLowerCase(Locale.ROOT) : key;
  }

  /** This order, for storage that sorts in memory. */
  public Comparator<Booking> comparator(EnabledIntegrations integrations) {
    Comparator<Booking> ascending =
        Comparator.comparing((Booking b) -> comparable(keyOf(b, integrations)))
            .thenComparing(Booking::startTime)
            .thenComparing(b -> b.id().toString());
    return descending ? ascending.reversed() : ascending;
  }

  /** Negative when {@code booking} comes before the cursor's position in this order. */
  public int compare(Booking booking, BookingCursor cursor, EnabledIntegrations integrations) {
    int byKey = comparable(keyOf(booking, integrations)).compareTo(comparable(cursor.key()));
    if (byKey == 0) {
      byKey = booking.startTime().compareTo(cursor.startTime());
    }
    if (byKey == 0) {
      byKey = booking.id().toString().compareTo(cursor.id().toString());
    }
    return descending ? -byKey : byKey;
  }
}
