package dev.jobposting.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobposting.JobPosting;
import dev.jobposting.testkit.PropertyCheck;
import dev.jobposting.testkit.SamplePostings;
import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The reader guesses that properties come in the order the writer writes them; input in any other
 * order reads to the same posting, from every kind of source and parser, whatever the mapper's
 * settings for field names.
 */
class PropertyOrderTest {

  private static final List<ObjectMapper> MAPPERS = List.of(
      Json.MAPPER,
      // Byte input is then read by the character parser.
      mapper(JsonFactory.builder().disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
          .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build()),
      // Names are canonical but not interned: the byte parser's names are not the declared ones.
      mapper(JsonFactory.builder().disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build()),
      mapper(JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()));

  /** Type ids for a user's {@code Object} field, so that an id after the properties is buffered. */
  private static final ObjectMapper TYPED = JsonMapper.builder().addModule(new JobPostingModule())
      .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
          .allowIfSubType("dev.jobposting.").build())
      .build();

  @Test
  void samplesReadTheSameInEveryOrderFromEverySource() {
    SplittableRandom random = new SplittableRandom(PropertyCheck.baseSeed());
    SamplePostings.all().values().forEach(posting -> assertReadsInEveryOrder(posting, random));
  }

  @Test
  void generatedPostingsReadTheSameInEveryOrderFromEverySource() {
    SplittableRandom random = new SplittableRandom(PropertyCheck.baseSeed());
    PropertyCheck.forAll(200, posting -> assertReadsInEveryOrder(posting, random));
  }

  @Test
  void aRepeatedPropertyIsRejectedWhenItIsTheOneGuessed() {
    // After identifiers the reader guesses title, which it has seen already.
    String json = "{\"title\":\"A\",\"identifiers\":[],\"title\":\"B\"}";

    assertThatThrownBy(() -> Json.read(json)).isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("title: appears more than once");
    assertThatThrownBy(() -> MAPPERS.get(3).readValue(json, JobPosting.class))
        .isInstanceOf(JsonParseException.class).hasMessageContaining("Duplicate field 'title'");
  }

  private static void assertReadsInEveryOrder(JobPosting posting, SplittableRandom random) {
    JsonNode canonical = Json.tree(Json.write(posting));
    for (Order order : Order.values()) {
      JsonNode ordered = order.apply(canonical, random);
      String json = ordered.toString();
      byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
      for (ObjectMapper mapper : MAPPERS) {
        List<Read<JobPosting>> sources = List.of(
            () -> mapper.readValue(json, JobPosting.class),
            () -> mapper.readValue(new StringReader(json), JobPosting.class),
            () -> mapper.readValue(utf8, JobPosting.class),
            () -> mapper.readValue(new TrickleInput(utf8, random.split()), JobPosting.class),
            () -> mapper.readValue((DataInput) new DataInputStream(new ByteArrayInputStream(utf8)),
                JobPosting.class));
        for (Read<JobPosting> source : sources) {
          assertThat(read(source)).as(json).isEqualTo(posting);
        }
      }
      assertThat(read(() -> Json.MAPPER.treeToValue(ordered, JobPosting.class))).as(json)
          .isEqualTo(posting);
      assertReadsWithItsTypeIdLast(posting, (ObjectNode) ordered);
    }
  }

  /** The type id after the properties it types, which Jackson buffers to read the id first. */
  private static void assertReadsWithItsTypeIdLast(JobPosting posting, ObjectNode ordered) {
    JsonNode typed = read(() -> TYPED.readTree(
        TYPED.writeValueAsString(new NestingTest.Envelope(posting))));
    ObjectNode payload = ordered.deepCopy();
    payload.set("@class", typed.get("payload").get("@class"));
    String envelope = TYPED.createObjectNode().set("payload", payload).toString();

    assertThat(read(() -> TYPED.readValue(envelope, NestingTest.Envelope.class)).payload())
        .as(envelope).isEqualTo(posting);
  }

  /** The orders in which a test gives an object's properties. */
  private enum Order {
    CANONICAL, REVERSED, SHUFFLED;

    /** {@return a copy of the JSON with every object's properties in this order} */
    JsonNode apply(JsonNode node, SplittableRandom random) {
      if (node.isArray()) {
        List<JsonNode> elements = new ArrayList<>();
        node.forEach(element -> elements.add(apply(element, random)));
        return Json.MAPPER.createArrayNode().addAll(elements);
      }
      if (!node.isObject()) {
        return node;
      }
      List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(node.properties());
      if (this == REVERSED) {
        Collections.reverse(properties);
      } else if (this == SHUFFLED) {
        Collections.shuffle(properties, new Random(random.nextLong()));
      }
      ObjectNode copy = Json.MAPPER.createObjectNode();
      properties.forEach(p -> copy.set(p.getKey(), apply(p.getValue(), random)));
      return copy;
    }
  }

  private static ObjectMapper mapper(JsonFactory factory) {
    return JsonMapper.builder(factory).addModule(new JobPostingModule()).build();
  }

  private static <T> T read(Read<T> read) {
    try {
      return read.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  private interface Read<T> {
    T read() throws IOException;
  }
}
