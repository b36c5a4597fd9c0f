package dev.jobposting.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a core type in its canonical format, whatever the mapper's settings: the feature that
 * would quote numbers is switched off while the value is written.
 *
 * @param <T> the type
 */
public final class FormatSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  private static final int GUARDED =
      JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS.mappedFeature().getMask();

  private final transient ValueFormat<T> format;

  /**
   * Creates the serializer.
   *
   * @param type the type
   * @param format its format
   */
  public FormatSerializer(Class<T> type, ValueFormat<T> format) {
    super(type);
    this.format = format;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    int before = generator.getFeatureMask();
    generator.overrideStdFeatures(0, GUARDED);
    try {
      format.write(value, generator);
    } finally {
      generator.overrideStdFeatures(before, GUARDED);
    }
  }

  @Override
  public void serializeWithType(T value, JsonGenerator generator, SerializerProvider provider,
      TypeSerializer typeSerializer) throws IOException {
    boolean object = format instanceof ObjectFormat;
    WritableTypeId typeId = typeSerializer.writeTypePrefix(generator,
        typeSerializer.typeId(value, object ? JsonToken.START_OBJECT : JsonToken.VALUE_STRING));
    int before = generator.getFeatureMask();
    generator.overrideStdFeatures(0, GUARDED);
    try {
      if (object) {
        ((ObjectFormat<T, ?>) format).writeProperties(value, generator);
      } else {
        format.write(value, generator);
      }
    } finally {
      generator.overrideStdFeatures(before, GUARDED);
    }
    typeSerializer.writeTypeSuffix(generator, typeId);
  }
}
