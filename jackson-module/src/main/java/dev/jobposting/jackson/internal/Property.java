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
 * (required, optional, list or set, flag that defaults to false) each write in their own way;
 * lists and sets each have their own writer, which knows its collection's type (asking at every
 * write whether a collection is a {@code List} and {@code RandomAccess} took a tenth of a
 * posting's write on Java 17, whose class check remembers one interface per class). All read in
 * one of two ways: a single value, or an array whose elements are handed to the builder one at a
 * time.
 *
 * <p>Reading is one final method, which the object format's loop calls directly, and which calls
 * the four formats of this module directly too (see {@code readValue}). The calls that stay
 * indirect are the setters, one lambda per property, and the parsers and readers inside the
 * formats.
 *
 * @param <T> the value type
 * @param <B> its builder
 */
abstract class Property<T, B> {

  private final String name;

  /** The name quoted once: writing a plain string name checks every character for escapes. */
  private final SerializedString quotedName;

  /** The format of the value, or of each element of an array. */
  private final ValueFormat<Object> format;

  /** Gives the builder the value, or each element of an array. */
  private final BiConsumer<B, Object> setter;

  /** Whether the value is an array whose elements go to the builder one at a time. */
  private final boolean elements;

  /** Whether the elements may not repeat (sets, which would otherwise drop them without a word). */
  private final boolean distinct;

  // The format and the setter agree on V; they are kept as Object so that one read serves all.
  // Writing uses the typed copies that each kind's writer captures from its factory method.
  @SuppressWarnings("unchecked")
  private <V> Property(String name, ValueFormat<V> format, BiConsumer<B, V> setter,
      boolean elements, boolean distinct) {
    this.name = name;
    this.quotedName = new SerializedString(name);
    this.format = (ValueFormat<Object>) format;
    this.setter = (BiConsumer<B, Object>) setter;
    this.elements = elements;
    this.distinct = distinct;
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
  final void read(JsonParser parser, ReadContext context, B builder) throws IOException {
    if (elements) {
      readElements(parser, context, builder);
    } else {
      setter.accept(builder, readValue(format, parser, context));
    }
  }

  /**
   * Hands the elements to the builder one at a time: collecting them first cost a list and its
   * copy per collection read.
   */
  private void readElements(JsonParser parser, ReadContext context, B builder)
      throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw context.wrongType(parser, List.class, "an array of " + format.expectation());
    }
    List<Object> earlier = distinct ? new ArrayList<>() : List.of();
    int index = 0;
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY;
        token = parser.nextToken(), index++) {
      try {
        if (token == null) {
          throw context.wrongType(parser, List.class, format.expectation());
        }
        Object element = readValue(format, parser, context);
        if (distinct) {
          if (earlier.contains(element)) {
            throw context.invalid(parser, List.class, parser.getText(),
                "repeats " + ReadContext.quote(parser.getText()));
          }
          earlier.add(element);
        }
        setter.accept(builder, element);
      } catch (ReadFailure failure) {
        throw failure.under(index);
      } catch (StreamConstraintsException limit) {
        throw context.limit(parser, limit).under(index);
      }
    }
  }

  /**
   * Reads a value through its format's own class where it is one of this module's four. Called
   * through the interface, with every format behind one call, each read went through the JVM's
   * dispatch stub; tested class by class, the JIT calls each format's read directly and can
   * inline it. Linux {@code perf} put 16 % of the canonical read in dispatch stubs, against 4 %
   * for plain Jackson binding (Flight Recorder does not sample the stubs); with this, and plain
   * text read without a parser call, 11 %.
   */
  private static <V> V readValue(ValueFormat<V> format, JsonParser parser, ReadContext context)
      throws IOException {
    if (format instanceof StringFormat<V> string) {
      return string.read(parser, context);
    }
    if (format instanceof EnumFormat<?> constants) {
      @SuppressWarnings("unchecked")
      V constant = (V) constants.read(parser, context);
      return constant;
    }
    if (format instanceof ObjectFormat<V, ?> object) {
      return object.read(parser, context);
    }
    if (format instanceof TokenFormat<V> token) {
      return token.read(parser, context);
    }
    // No other format is declared; this keeps a new one working before it is added above.
    return format.read(parser, context);
  }

  static <T, B, V> Property<T, B> required(String name, ValueFormat<V> format,
      Function<T, V> getter, BiConsumer<B, V> setter) {
    return new Property<>(name, format, setter, false, false) {
      @Override
      boolean required() {
        return true;
      }

      @Override
      void write(T value, JsonGenerator generator) throws IOException {
        writeName(generator);
        format.write(getter.apply(value), generator);
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
    return new Property<>(name, format, setter, false, false) {
      @Override
      void write(T value, JsonGenerator generator) throws IOException {
        V present = getter.apply(value);
        if (present != null) {
          writeName(generator);
          format.write(present, generator);
        }
      }
    };
  }

  /** A flag that defaults to false, written only when true. */
  static <T, B> Property<T, B> flag(String name, Predicate<T> getter,
      BiConsumer<B, Boolean> setter) {
    return new Property<>(name, Scalars.BOOLEAN, setter, false, false) {
      @Override
      void write(T value, JsonGenerator generator) throws IOException {
        if (getter.test(value)) {
          writeName(generator);
          generator.writeBoolean(true);
        }
      }
    };
  }

  /** A list, written in its order, its elements read one at a time. */
  static <T, B, V> Property<T, B> list(String name, ValueFormat<V> format,
      Function<T, ? extends List<V>> getter, BiConsumer<B, V> adder) {
    return new Property<>(name, format, adder, true, false) {
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

  /** A set, whose elements may not repeat in the input. */
  static <T, B, V> Property<T, B> set(String name, ValueFormat<V> format,
      Function<T, ? extends Set<V>> getter, BiConsumer<B, V> adder) {
    return new Property<>(name, format, adder, true, true) {
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
}
