package dev.jobposting.jackson.internal;

import java.util.Arrays;

/**
 * Holds the values read for a type that is built by a factory method rather than a builder
 * (such as {@code Money.of(amount, currency)}), one slot per property.
 */
final class Slots {

  private final Object[] values;

  Slots(int size) {
    values = new Object[size];
  }

  void set(int slot, Object value) {
    values[slot] = value;
  }

  void clear() {
    Arrays.fill(values, null);
  }

  @SuppressWarnings("unchecked")
  <V> V get(int slot) {
    return (V) values[slot];
  }
}
