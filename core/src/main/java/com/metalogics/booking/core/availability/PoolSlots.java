package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.TimeSlot;
import java.util.ArrayList;
import java.util.List;

/**
 * A pool's slots from its hosts' own, each sorted by start and all of one length: a round-robin
 * type offers a start when any host does, a collective one when every host does. Each host's slots
 * come from one pass of {@link Availability#slots} over their own busy times, so the cost grows
 * linearly with the hosts; the merges here are linear in the slots.
 */
public final class PoolSlots {

  private PoolSlots() {}

  /** The starts at least one host offers, sorted, each once. */
  public static List<TimeSlot> union(List<List<TimeSlot>> perHost) {
    List<TimeSlot> merged = List.of();
    for (List<TimeSlot> slots : perHost) {
      merged = merged.isEmpty() ? slots : merge(merged, slots);
    }
    return List.copyOf(merged);
  }

  /** The starts every host offers, sorted; empty for no hosts. */
  public static List<TimeSlot> intersection(List<List<TimeSlot>> perHost) {
    if (perHost.isEmpty()) {
      return List.of();
    }
    List<TimeSlot> common = perHost.get(0);
    for (int i = 1; i < perHost.size() && !common.isEmpty(); i++) {
      common = common(common, perHost.get(i));
    }
    return List.copyOf(common);
  }

  private static List<TimeSlot> merge(List<TimeSlot> a, List<TimeSlot> b) {
    List<TimeSlot> out = new ArrayList<>(a.size() + b.size());
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      int order = a.get(i).start().compareTo(b.get(j).start());
      if (order <= 0) {
        out.add(a.get(i++));
        j += order == 0 ? 1 : 0;
      } else {
        out.add(b.get(j++));
      }
    }
    out.addAll(a.subList(i, a.size()));
    out.addAll(b.subList(j, b.size()));
    return out;
  }

  private static List<TimeSlot> common(List<TimeSlot> a, List<TimeSlot> b) {
    List<TimeSlot> out = new ArrayList<>(Math.min(a.size(), b.size()));
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      int order = a.get(i).start().compareTo(b.get(j).start());
      if (order == 0) {
        out.add(a.get(i));
        i++;
        j++;
      } else if (order < 0) {
        i++;
      } else {
        j++;
      }
    }
    return out;
  }
}
