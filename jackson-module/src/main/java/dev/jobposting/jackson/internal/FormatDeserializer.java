package dev.jobposting.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads a core type from its canonical format through the type's public builder, whatever the
 * mapper's settings. Every failure is a Jackson mapping exception naming the path.
 *
 * <p>The state of a read (one emptied builder per type) outlives the read: the deserializer
 * keeps one idle {@link ReadContext}, which the next read takes, until it has served {@linkplain
 * ReadContext#spent() its reads}. A reader of many postings (a feed, a server thread) so builds
 * builders once every 64 postings; a read that finds the context taken by a concurrent read
 * starts its own. A read that fails keeps none of the builders it was filling, and its {@link
 * ReadFailure} becomes the mapping exception here.
 *
 * @param <T> the type
 */
public final class FormatDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient ValueFormat<T> format;
  private final ReadOptions options;
  private final transient AtomicReference<ReadContext> idle = new AtomicReference<>();

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
    ReadContext read = idle.getAndSet(null);
    if (read == null || read.spent()) {
      read = new ReadContext(options);
    }
    read.countRead();
    try {
      return format.read(parser, read);
    } catch (ReadFailure failure) {
      throw failure.toException();
    } catch (StreamConstraintsException limit) {
      throw read.limit(parser, limit).toException();
    } finally {
      idle.set(read);
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
