package dev.jobposting.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jobposting.WebAddress;
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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shipped schema and the code describe the same format. */
class SchemaTest {

  private final JsonNode schema = Json.tree(JobPostingSchema.text());

  /**
   * The schema's pattern for web addresses and {@link WebAddress} agree on every character up to
   * U+3000 in every part of an address, but for brackets outside a query or fragment, which the
   * pattern leaves to the reader (its description says so).
   */
  @Test
  void webAddressPatternAgreesWithTheReaderOnEveryCharacterInEveryPart() {
    Pattern pattern = Pattern.compile(schema.at("/$defs/webAddress/pattern").asText());
    String[] shapes = {"https://_a", "https://a_", "https://a/_", "https://a?_", "https://a#_"};
    for (char c = 0; c <= 0x3000; c++) {
      for (String shape : shapes) {
        String text = shape.replace("_", String.valueOf(c));
        boolean bracketBeforeQuery = (c == '[' || c == ']') && shape.indexOf('?') < 0
            && shape.indexOf('#') < 0;
        if (!bracketBeforeQuery) {
          assertThat(pattern.matcher(text).matches()).as("U+%04X in %s", (int) c, shape)
              .isEqualTo(WebAddress.isValid(text));
        }
      }
    }
  }

  @Test
  void theSchemaValidatesWebAddressesAsTheReaderReadsThem() throws Exception {
    String[] readable = {"https://example.com/jobs/42", "HTTPS://Example.COM",
        "https://bücher.example/stellen", "https://example.com/?q=[1]", "http://127.0.0.1:8080/",
        "https://example.com/%7Euser#top"};
    String[] unreadable = {"/jobs/42", "mailto:jobs@example.com", "https://", "https:///jobs",
        "https://exa mple.com", "http://x/%zz", "https://example.com/{x}", "https://x/#a#b",
        "https://x/\u00A0"};
    for (String text : readable) {
      String json = postingWithUrl(text);
      assertThat(Json.schemaErrors(json)).as(text).isEmpty();
      assertThat(Json.read(json).url()).contains(WebAddress.of(text));
    }
    for (String text : unreadable) {
      String json = postingWithUrl(text);
      assertThat(Json.schemaErrors(json)).as(text).isNotEmpty();
      assertThat(WebAddress.isValid(text)).as(text).isFalse();
    }
  }

  private static String postingWithUrl(String url) throws Exception {
    return "{\"title\":\"T\",\"url\":" + Json.MAPPER.writeValueAsString(url) + "}";
  }

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
