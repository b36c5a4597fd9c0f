package dev.jobposting.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One JSON property of an object format: its name, the format of its value, how to get it from
 * the value type and how to give it to the type's builder. The four kinds of attribute in core
 * (required, optional, list or set, flag that defaults to false) each have one implementation.
 *
 * @param <T> the value type
 * @param <B> its builder
 */
abstract class Property<T, B> {

  private final String name;

  /** The name quoted once: writing a plain string name checks every character for escapes. */
  private final SerializedString quotedName;

  private Property(String name) {
    this.name = name;
    this.quotedName = new SerializedString(name);
  }

  String name() {
    return name;
  }

  /** {@return the name quoted, for parsers to compare the input with in place} */
  final SerializedString quotedName() {
    return quotedName;
  }

  /** Writes the property's name. */
  final void writeName(JsonGenerator generator) throws IOException {
    generator.writeFieldName(quotedName);
  }

  boolean required() {
    return false;
  }

  /** Writes the name and value, or nothing when the value is absent, empty or false. */
  abstract void write(T value, JsonGenerator generator) throws IOException;

  /** Reads the value the parser is positioned on and hands it to the builder. */
  abstract void read(JsonParser parser, ReadContext context, B builder) throws IOException;

  static <T, B, V> Property<T, B> required(String name, ValueFormat<V> format,
      Function<T, V> getter, BiConsumer<B, V> setter) {
    return new Property<>(name) {
      @Override
      boolean required() {
        return true;
      }

      @Override
      void write(T value, JsonGenerator generator) throws IOException {
        writeName(generator);
        format.write(getter.apply(value), generator);
      }

      @Override
      void read(JsonParser parser, ReadContext context, B builder) throws IOException {
        setter.accept(builder, format.read(parser, context));
      }
    };
  }

  /**
   * An optional attribute, written only when present. The getter gives the value or null, and is
   * meant to be a lambda of its own per property ({@code v -> v.logo().orElse(null)}): the JIT
   * then compiles the accessor and the unwrapping together, and recent compilers (measured: Java
   * 25) drop the {@code Optional} each accessor call creates. Java 17's keeps it: Immutables'
   * {@code Optional.ofNullable} may also return the shared empty one, and that compiler cannot
   * remove an allocation merged with another object. Taking the accessor itself and unwrapping
   * here kept the {@code Optional} (16 bytes per present value written) on every Java.
   */
  static <T, B, V> Property<T, B> optional(String name, ValueFormat<V> format,
      Function<T, V> getter, BiConsumer<B, V> setter) {
    return new Property<>(name) {
      @Override
      void write(T value, JsonGenerator generator) throws IOException {
        V present = getter.apply(value);
        if (present != null) {
          writeName(generator);
          format.write(present, generator);
        }
      }

      @Override
      void read(JsonParser parser, ReadContext context, B builder) throws IOException {
        setter.accept(builder, format.read(parser, context));
      }
    };
  }

  static <T, B> Property<T, B> flag(String name, Predicate<T> getter,
      BiConsumer<B, Boolean> setter) {
    return new Property<>(name) {
      @Override
      void write(T value, JsonGenerator generator) throws IOException {
        if (getter.test(value)) {
          writeName(generator);
          generator.writeBoolean(true);
        }
      }

      @Override
      void read(JsonParser parser, ReadContext context, B builder) throws IOException {
        setter.accept(builder, Scalars.BOOLEAN.read(parser, context));
      }
    };
  }

  /** A list, written in its order; see {@link Many}. */
  static <T, B, V> Property<T, B> list(String name, ValueFormat<V> format,
      Function<T, ? extends List<V>> getter, BiConsumer<B, V> adder) {
    return new Many<>(name, format, adder, false) {
      @Override
      void write(T value, JsonGenerator generator) throws IOException {
        // Indexed: core's lists are unmodifiable views of array lists, whose iterators are two
        // objects per list written.
        List<V> elements = getter.apply(value);
        if (elements.isEmpty()) {
          return;
        }
        writeName(generator);
        generator.writeStartArray();
        for (int i = 0; i < elements.size(); i++) {
          format.write(elements.get(i), generator);
        }
        generator.writeEndArray();
      }
    };
  }

  /** A set, whose elements may not repeat in the input; see {@link Many}. */
  static <T, B, V> Property<T, B> set(String name, ValueFormat<V> format,
      Function<T, ? extends Set<V>> getter, BiConsumer<B, V> adder) {
    return new Many<>(name, format, adder, true) {
      @Override
      void write(T value, JsonGenerator generator) throws IOException {
        Set<V> elements = getter.apply(value);
        if (elements.isEmpty()) {
          return;
        }
        writeName(generator);
        generator.writeStartArray();
        for (V element : elements) {
          format.write(element, generator);
        }
        generator.writeEndArray();
      }
    };
  }

  /**
   * A collection, whose elements are handed to the builder one at a time (collecting them first
   * cost a list and its copy per collection read); {@code distinct} rejects repeated elements (for
   * sets, which would otherwise drop them without a word). Lists and sets are written by
   * implementations of their own, each knowing its collection's type: asking at every write
   * whether a collection is a {@code List} and {@code RandomAccess} took a tenth of a posting's
   * write on Java 17, whose class check remembers one interface per class and so searched the
   * class's interfaces twice per list.
   */
  private abstract static class Many<T, B, V> extends Property<T, B> {

    private final ValueFormat<V> format;
    private final BiConsumer<B, V> adder;
    private final boolean distinct;

    Many(String name, ValueFormat<V> format, BiConsumer<B, V> adder, boolean distinct) {
      super(name);
      this.format = format;
      this.adder = adder;
      this.distinct = distinct;
    }

    @Override
    void read(JsonParser parser, ReadContext context, B builder) throws IOException {
      if (parser.currentToken() != JsonToken.START_ARRAY) {
        throw context.wrongType(parser, List.class, "an array of " + format.expectation());
      }
      List<V> earlier = distinct ? new ArrayList<>() : List.of();
      int index = 0;
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY;
          token = parser.nextToken(), index++) {
        try {
          if (token == null) {
            throw context.wrongType(parser, List.class, format.expectation());
          }
          V element = format.read(parser, context);
          if (distinct) {
            if (earlier.contains(element)) {
              throw context.invalid(parser, List.class, parser.getText(),
                  "repeats " + ReadContext.quote(parser.getText()));
            }
            earlier.add(element);
          }
          adder.accept(builder, element);
        } catch (ReadFailure failure) {
          throw failure.under(index);
        } catch (StreamConstraintsException limit) {
          throw context.limit(parser, limit).under(index);
        }
      }
    }
  }
}
