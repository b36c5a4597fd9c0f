package dev.jobposting.jackson.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure function for the first keys it sees, up to a bound, so that a
 * hostile input of endless distinct keys cannot grow it. Postings name few languages and few
 * periods; looking one up builds nothing, where parsing or printing it builds its parts each time.
 * Keys and results must not be null; what the function throws reaches the caller, and nothing is
 * remembered for that key.
 *
 * @param <K> the key
 * @param <V> the result
 */
final class BoundedMemo<K, V> {

  /** Enough for every language or period a real feed names. */
  private static final int MAX_REMEMBERED = 256;

  private final ConcurrentMap<K, V> remembered = new ConcurrentHashMap<>();
  private final Function<K, V> function;

  BoundedMemo(Function<K, V> function) {
    this.function = function;
  }

  /** {@return the function's result for the key, remembered while there is room} */
  V apply(K key) {
    V value = remembered.get(key);
    if (value == null) {
      value = function.apply(key);
      if (remembered.size() < MAX_REMEMBERED) {
        remembered.putIfAbsent(key, value);
      }
    }
    return value;
  }
}
