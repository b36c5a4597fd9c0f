package dev.jobposting.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;

/**
 * Reads a core type from its canonical format through the type's public builder, whatever the
 * mapper's settings. Every failure is a Jackson mapping exception naming the path.
 *
 * @param <T> the type
 */
public final class FormatDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient ValueFormat<T> format;
  private final ReadOptions options;

  /**
   * Creates the deserializer.
   *
   * @param type the type
   * @param format its format
   * @param options the module's reading options
   */
  public FormatDeserializer(Class<T> type, ValueFormat<T> format, ReadOptions options) {
    super(type);
    this.format = format;
    this.options = options;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    ReadContext read = new ReadContext(options);
    try {
      return format.read(parser, read);
    } catch (StreamConstraintsException e) {
      throw read.limit(parser, e);
    }
  }

  @Override
  public Object deserializeWithType(JsonParser parser, DeserializationContext context,
      TypeDeserializer typeDeserializer) throws IOException {
    return typeDeserializer.deserializeTypedFromAny(parser, context);
  }

  @Override
  public LogicalType logicalType() {
    return format instanceof ObjectFormat ? LogicalType.POJO : LogicalType.OtherScalar;
  }

  @Override
  public boolean isCachable() {
    return true;
  }
}
