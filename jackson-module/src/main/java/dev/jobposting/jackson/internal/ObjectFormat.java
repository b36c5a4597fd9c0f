package dev.jobposting.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.jobposting.InvariantViolationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The format of a value type written as a JSON object: its properties in their stable order, and
 * how to build the value from them through the type's public builder. One class serves every
 * object type of the model.
 *
 * @param <T> the value type
 * @param <B> the builder the properties are given to
 */
public final class ObjectFormat<T, B> implements ValueFormat<T> {

  private static final AtomicInteger COUNT = new AtomicInteger();

  /** What {@link #next} returns for a property name the type does not declare. */
  private static final int UNKNOWN = -1;

  /** What {@link #next} returns for a token that is not a property name. */
  private static final int NOT_A_NAME = -2;

  private final int id = COUNT.getAndIncrement();
  private final Class<T> type;
  private final Supplier<B> builder;
  private final Consumer<B> clear;
  private final Function<B, T> build;
  private final Property<T, B>[] properties;
  /** The bits of the required properties, as {@link #read} marks the ones it has seen. */
  private final long required;
  private final Map<String, Integer> indexByName = new LinkedHashMap<>();

  @SuppressWarnings("unchecked")
  private ObjectFormat(Class<T> type, Supplier<B> builder, Consumer<B> clear,
      Function<B, T> build, List<Property<T, B>> properties) {
    if (properties.size() > Long.SIZE) {
      // read() marks the properties it has seen in the bits of one long.
      throw new IllegalArgumentException(type.getSimpleName() + " has more than " + Long.SIZE
          + " properties");
    }
    this.type = type;
    this.builder = builder;
    this.clear = clear;
    this.build = build;
    this.properties = properties.toArray(new Property[0]);
    long required = 0;
    for (int i = 0; i < this.properties.length; i++) {
      indexByName.put(this.properties[i].name(), i);
      if (this.properties[i].required()) {
        required |= 1L << i;
      }
    }
    this.required = required;
  }

  /**
   * Starts declaring an object format.
   *
   * @param type the value type
   * @param builder makes a builder
   * @param clear empties a built builder, which then serves the next value of the type read
   * @param build builds the value; may throw core's invariant violations
   * @param <T> the value type
   * @param <B> the builder type
   * @return a declaration to add properties to
   */
  static <T, B> Declaration<T, B> of(Class<T> type, Supplier<B> builder, Consumer<B> clear,
      Function<B, T> build) {
    return new Declaration<>(type, builder, clear, build);
  }

  /** {@return the value type} */
  public Class<T> type() {
    return type;
  }

  /** {@return the property names, in the order they are written} */
  public Set<String> propertyNames() {
    return Collections.unmodifiableSet(indexByName.keySet());
  }

  @Override
  public void write(T value, JsonGenerator generator) throws IOException {
    generator.writeStartObject(value);
    writeProperties(value, generator);
    generator.writeEndObject();
  }

  /**
   * Writes the properties without the braces, for callers that wrote the start of the object
   * already (type ids of polymorphic users' mappers).
   *
   * @param value the value
   * @param generator where to write
   * @throws IOException when writing fails
   */
  public void writeProperties(T value, JsonGenerator generator) throws IOException {
    // An index loop: an iterator per object written was garbage the write did not need.
    for (int i = 0; i < properties.length; i++) {
      properties[i].write(value, generator);
    }
  }

  @Override
  public T read(JsonParser parser, ReadContext context) throws IOException {
    JsonToken token = parser.currentToken();
    int index;
    if (token == JsonToken.START_OBJECT) {
      index = next(parser, 0);
    } else if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT) {
      // A buffering caller may hand over an object whose start it consumed.
      index = indexOfCurrent(parser, 0);
    } else {
      throw context.wrongType(parser, type, expectation());
    }
    B values = context.takeBuilder(id, builder);
    long seen = 0;
    int expected = 0;
    for (; index != NOT_A_NAME; index = next(parser, expected)) {
      if (index == UNKNOWN) {
        skipUnknown(parser, context);
        continue;
      }
      try {
        parser.nextToken();
        long bit = 1L << index;
        if ((seen & bit) != 0) {
          throw context.duplicate(parser, type);
        }
        seen |= bit;
        expected = index + 1;
        properties[index].read(parser, context, values);
      } catch (ReadFailure failure) {
        // The name is looked up only here, off the path of every property read.
        throw failure.under(type, properties[index].name());
      } catch (StreamConstraintsException limit) {
        throw context.limit(parser, limit).under(type, properties[index].name());
      }
    }
    if (parser.currentToken() != JsonToken.END_OBJECT) {
      throw context.wrongType(parser, type, "a property name or the end of the object");
    }
    long missing = required & ~seen;
    if (missing != 0) {
      throw context.missing(parser, type, properties[Long.numberOfTrailingZeros(missing)].name());
    }
    T value;
    try {
      value = build.apply(values);
    } catch (InvariantViolationException e) {
      throw context.invariant(parser, type, indexByName.keySet(), e);
    } catch (IllegalStateException e) {
      throw context.incomplete(parser, type, e);
    }
    clear.accept(values);
    context.returnBuilder(id, values);
    return value;
  }

  /** Rejects a property the type does not declare, or skips its value if the options allow. */
  private void skipUnknown(JsonParser parser, ReadContext context) throws IOException {
    String name = parser.currentName();
    try {
      parser.nextToken();
      if (!context.options().ignoreUnknownProperties()) {
        throw context.unknown(parser, type, name, knownNames());
      }
      parser.skipChildren();
    } catch (ReadFailure failure) {
      throw failure.under(type, name);
    } catch (StreamConstraintsException limit) {
      throw context.limit(parser, limit).under(type, name);
    }
  }

  /**
   * Moves to the next token, guessing that it names the property at {@code guess}, and returns
   * the index of the property it names, {@link #UNKNOWN} or {@link #NOT_A_NAME}. Canonical JSON
   * lists the properties in declaration order, and Jackson's parsers of JSON text compare a
   * guessed name in place, without hashing and looking up the name they read; other parsers read
   * the name and compare it. A hit gives the index itself.
   */
  private int next(JsonParser parser, int guess) throws IOException {
    if (guess < properties.length) {
      // A miss means another name, so the search starts after the guess.
      return parser.nextFieldName(properties[guess].quotedName())
          ? guess : indexOfCurrent(parser, guess + 1);
    }
    parser.nextToken();
    return indexOfCurrent(parser, guess);
  }

  private int indexOfCurrent(JsonParser parser, int expected) throws IOException {
    return parser.currentToken() == JsonToken.FIELD_NAME
        ? indexOf(parser.currentName(), expected) : NOT_A_NAME;
  }

  /**
   * Finds a property by name. Canonical JSON lists the properties in declaration order, so the
   * ones after the previous property are tried first, by identity: Jackson interns the names it
   * reads (unless a user turns that off), as Java interns the constants they are declared with.
   * The map serves any other input. This replaced a map lookup per property, a tenth of the
   * read's time.
   */
  private int indexOf(String name, int expected) {
    for (int i = expected; i < properties.length; i++) {
      if (properties[i].name() == name) {
        return i;
      }
    }
    Integer index = indexByName.get(name);
    return index == null ? UNKNOWN : index;
  }

  @Override
  public String expectation() {
    return "a " + type.getSimpleName() + " object";
  }

  private Collection<Object> knownNames() {
    return new ArrayList<>(indexByName.keySet());
  }

  /**
   * Collects the properties of an object format, in the order they are written.
   *
   * @param <T> the value type
   * @param <B> the builder type
   */
  static final class Declaration<T, B> {
    private final Class<T> type;
    private final Supplier<B> builder;
    private final Consumer<B> clear;
    private final Function<B, T> build;
    private final List<Property<T, B>> properties = new ArrayList<>();

    private Declaration(Class<T> type, Supplier<B> builder, Consumer<B> clear,
        Function<B, T> build) {
      this.type = type;
      this.builder = builder;
      this.clear = clear;
      this.build = build;
    }

    <V> Declaration<T, B> required(String name, ValueFormat<V> format, Function<T, V> getter,
        BiConsumer<B, V> setter) {
      properties.add(Property.required(name, format, getter, setter));
      return this;
    }

    <V> Declaration<T, B> optional(String name, ValueFormat<V> format,
        Function<T, V> getter, BiConsumer<B, V> setter) {
      properties.add(Property.optional(name, format, getter, setter));
      return this;
    }

    Declaration<T, B> flag(String name, Predicate<T> getter,
        BiConsumer<B, Boolean> setter) {
      properties.add(Property.flag(name, getter, setter));
      return this;
    }

    <V> Declaration<T, B> list(String name, ValueFormat<V> format,
        Function<T, ? extends List<V>> getter, BiConsumer<B, V> adder) {
      properties.add(Property.list(name, format, getter, adder));
      return this;
    }

    <V> Declaration<T, B> set(String name, ValueFormat<V> format,
        Function<T, ? extends Set<V>> getter, BiConsumer<B, V> adder) {
      properties.add(Property.set(name, format, getter, adder));
      return this;
    }

    ObjectFormat<T, B> done() {
      return new ObjectFormat<>(type, builder, clear, build, properties);
    }
  }
}
