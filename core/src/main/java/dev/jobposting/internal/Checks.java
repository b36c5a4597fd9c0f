package dev.jobposting.internal;

import dev.jobposting.InvariantViolationException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/** Invariant checks shared by the value types; every failure names {@code Type.attribute}. */
public final class Checks {

  /**
   * Up to this many elements, duplicates are found by comparing pairs, which allocates nothing;
   * most lists of a posting are this short.
   */
  private static final int SMALL_LIST = 8;

  private Checks() {}

  /**
   * Throws unless {@code condition} holds.
   *
   * @param condition the invariant
   * @param path {@code Type.attribute}
   * @param problem what is wrong when it does not hold
   */
  public static void require(boolean condition, String path, String problem) {
    if (!condition) {
      throw new InvariantViolationException(path, problem);
    }
  }

  /**
   * Throws unless {@code condition} holds, and builds the message only then: values are read far
   * more often than they are rejected, and a message that quotes values costs allocations.
   *
   * @param condition the invariant
   * @param path {@code Type.attribute}
   * @param problem what is wrong when it does not hold
   */
  public static void require(boolean condition, String path, Supplier<String> problem) {
    if (!condition) {
      throw new InvariantViolationException(path, problem.get());
    }
  }

  /**
   * Requires a text with at least one non-white-space character.
   *
   * @param path {@code Type.attribute}
   * @param text the text
   * @return the text without leading and trailing white space
   */
  public static String text(String path, String text) {
    String stripped = text.strip();
    require(!stripped.isEmpty(), path, "must not be blank");
    return stripped;
  }

  /**
   * Requires an optional text to be absent or non-blank.
   *
   * @param path {@code Type.attribute}
   * @param text the optional text
   */
  public static void text(String path, Optional<String> text) {
    text.ifPresent(t -> require(!t.isBlank(), path, "must not be blank when present"));
  }

  /**
   * Requires every text of a list to be non-blank.
   *
   * @param path {@code Type.attribute}
   * @param texts the texts
   */
  public static void texts(String path, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i).isBlank()) {
        throw new InvariantViolationException(path + "[" + i + "]", "must not be blank");
      }
    }
  }

  /**
   * Requires the elements of a list to be distinct.
   *
   * @param path {@code Type.attribute}
   * @param values the values
   */
  public static void distinct(String path, List<?> values) {
    distinctBy(path, values, Function.identity());
  }

  /**
   * Requires the elements of a list to differ in a key, without collecting the keys.
   *
   * @param path {@code Type.attribute}
   * @param values the values
   * @param key what must differ, such as an identifier's scheme
   * @param <T> the element type
   */
  public static <T> void distinctBy(String path, List<T> values, Function<? super T, ?> key) {
    if (values.size() <= SMALL_LIST) {
      for (int i = 1; i < values.size(); i++) {
        Object current = key.apply(values.get(i));
        for (int j = 0; j < i; j++) {
          if (Objects.equals(key.apply(values.get(j)), current)) {
            throw duplicate(path, i, current);
          }
        }
      }
      return;
    }
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      Object current = key.apply(values.get(i));
      if (!seen.add(current)) {
        throw duplicate(path, i, current);
      }
    }
  }

  private static InvariantViolationException duplicate(String path, int index, Object value) {
    return new InvariantViolationException(path + "[" + index + "]", "duplicates " + value);
  }

  /**
   * Requires an optional number to lie within bounds.
   *
   * @param path {@code Type.attribute}
   * @param value the optional number
   * @param min the smallest allowed value
   * @param max the largest allowed value
   */
  public static void between(String path, Optional<Integer> value, int min, int max) {
    if (value.isPresent() && (value.get() < min || value.get() > max)) {
      throw new InvariantViolationException(path, value.get() + " is outside " + min + ".." + max);
    }
  }
}
