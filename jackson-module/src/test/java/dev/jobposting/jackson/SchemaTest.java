package dev.jobposting.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jobposting.jackson.internal.FieldNames;
import dev.jobposting.jackson.internal.Formats;
import dev.jobposting.jackson.internal.ObjectFormat;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped schema and the code describe the same format. */
class SchemaTest {

  private final JsonNode schema = Json.tree(JobPostingSchema.text());

  @Test
  void schemaIsDraft202012WithTheDocumentedId() {
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").asText()).isEqualTo(JobPostingSchema.ID);
    assertThat(JobPostingSchema.class.getClassLoader().getResource(JobPostingSchema.RESOURCE))
        .isNotNull();
  }

  @Test
  void everyObjectFormatHasADefinitionWithTheSamePropertiesInTheSameOrder() {
    for (Object format : Formats.all().values()) {
      if (format instanceof ObjectFormat<?, ?> object) {
        JsonNode definition = schema.at("/$defs/" + object.type().getSimpleName());
        assertThat(definition.isMissingNode()).as(object.type().getName()).isFalse();
        List<String> names = new ArrayList<>();
        definition.get("properties").fieldNames().forEachRemaining(names::add);
        assertThat(names).as(object.type().getName())
            .containsExactlyElementsOf(object.propertyNames());
        assertThat(definition.get("additionalProperties").asBoolean(true)).isFalse();
      }
    }
  }

  @Test
  void everyEnumInTheSchemaListsTheJavaConstants() throws Exception {
    int checked = 0;
    for (Object format : Formats.all().values()) {
      if (format instanceof ObjectFormat<?, ?> object) {
        JsonNode properties = schema.at("/$defs/" + object.type().getSimpleName() + "/properties");
        for (String name : object.propertyNames()) {
          JsonNode property = properties.get(name);
          JsonNode values = property.has("items") ? property.get("items").get("enum")
              : property.get("enum");
          if (values != null) {
            Class<?> type = enumType(object.type(), name);
            List<String> constants = Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name()).toList();
            List<String> listed = new ArrayList<>();
            values.forEach(v -> listed.add(v.asText()));
            assertThat(listed).as(object.type().getSimpleName() + "." + name)
                .containsExactlyElementsOf(constants);
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(15);
  }

  @Test
  void everyFieldNameIsUsedByAFormat() throws IllegalAccessException {
    Set<String> used = new HashSet<>();
    Formats.all().values().stream().filter(ObjectFormat.class::isInstance)
        .forEach(f -> used.addAll(((ObjectFormat<?, ?>) f).propertyNames()));
    Set<String> declared = new HashSet<>();
    for (Field field : FieldNames.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        declared.add((String) field.get(null));
      }
    }
    assertThat(used).isEqualTo(declared);
  }

  private static Class<?> enumType(Class<?> owner, String property) throws Exception {
    var accessor = owner.getMethod(property);
    var generic = accessor.getGenericReturnType();
    if (generic instanceof java.lang.reflect.ParameterizedType parameterized) {
      return (Class<?>) parameterized.getActualTypeArguments()[0];
    }
    return accessor.getReturnType();
  }
}
