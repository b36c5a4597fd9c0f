package dev.jobposting.jackson.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import java.util.Map;

/**
 * Finds the deserializer of a core type, also when the type asked for is its hidden Immutables
 * implementation, as happens when a user's mapper writes class names as type ids.
 */
public final class FormatDeserializers extends Deserializers.Base {

  private final Map<Class<?>, JsonDeserializer<?>> byType;

  /**
   * Creates the lookup.
   *
   * @param byType the deserializer of each core type
   */
  public FormatDeserializers(Map<Class<?>, JsonDeserializer<?>> byType) {
    this.byType = Map.copyOf(byType);
  }

  @Override
  public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
      BeanDescription description) {
    for (Class<?> c = type.getRawClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      JsonDeserializer<?> deserializer = byType.get(c);
      if (deserializer != null) {
        return deserializer;
      }
    }
    return null;
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return byType.containsKey(valueType);
  }
}
