package dev.jobposting.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The reader guesses that properties come in the order the writer writes them; input in any other
 * order, through any of Jackson's parsers, reads to the same posting.
 */
class PropertyOrderTest {

  /** Field names neither interned nor canonicalized: the reader cannot compare them by identity. */
  private static final ObjectMapper PLAIN_NAMES = JsonMapper.builder(JsonFactory.builder()
          .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
          .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build())
      .addModule(new JobPostingModule()).build();

  @Test
  void samplesReadTheSameInEveryOrderFromEveryParser() {
    SplittableRandom random = new SplittableRandom(PropertyCheck.baseSeed());
    for (JobPosting posting : List.of(SamplePostings.minimal(), SamplePostings.full(),
        SamplePostings.reference())) {
      assertReadsInEveryOrder(posting, random);
    }
  }

  @Test
  void generatedPostingsReadTheSameInEveryOrderFromEveryParser() {
    SplittableRandom random = new SplittableRandom(PropertyCheck.baseSeed());
    PropertyCheck.forAll(200, posting -> assertReadsInEveryOrder(posting, random));
  }

  @Test
  void aPropertyRepeatedAfterTheGuessedOneIsStillRejected() {
    String json = "{\"title\":\"A\",\"title\":\"B\"}";
    assertThatThrownBy(() -> Json.read(json)).hasMessageContaining("title");
    String unknown = "{\"title\":\"A\",\"titel\":\"B\"}";
    assertThatThrownBy(() -> Json.read(unknown))
        .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("titel");
  }

  private static void assertReadsInEveryOrder(JobPosting posting, SplittableRandom random) {
    JsonNode canonical = Json.tree(Json.write(posting));
    for (JsonNode ordered : List.of(canonical, reorder(canonical, null),
        reorder(canonical, random))) {
      String json = ordered.toString();
      byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
      assertThat(read(() -> Json.MAPPER.readValue(json, JobPosting.class))).as(json)
          .isEqualTo(posting);
      assertThat(read(() -> Json.MAPPER.readValue(new StringReader(json), JobPosting.class)))
          .as(json).isEqualTo(posting);
      assertThat(read(() -> Json.MAPPER.readValue(utf8, JobPosting.class))).as(json)
          .isEqualTo(posting);
      assertThat(read(() -> Json.MAPPER.readValue(
          (DataInput) new DataInputStream(new ByteArrayInputStream(utf8)),
          JobPosting.class))).as(json).isEqualTo(posting);
      assertThat(read(() -> Json.MAPPER.treeToValue(ordered, JobPosting.class))).as(json)
          .isEqualTo(posting);
      assertThat(read(() -> PLAIN_NAMES.readValue(json, JobPosting.class))).as(json)
          .isEqualTo(posting);
      assertThat(read(() -> PLAIN_NAMES.readValue(utf8, JobPosting.class))).as(json)
          .isEqualTo(posting);
    }
  }

  /** A copy with every object's properties reversed, or shuffled when a random is given. */
  private static JsonNode reorder(JsonNode node, SplittableRandom random) {
    if (node.isArray()) {
      List<JsonNode> elements = new ArrayList<>();
      node.forEach(element -> elements.add(reorder(element, random)));
      return Json.MAPPER.createArrayNode().addAll(elements);
    }
    if (!node.isObject()) {
      return node;
    }
    List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(node.properties());
    if (random == null) {
      Collections.reverse(properties);
    } else {
      for (int i = properties.size() - 1; i > 0; i--) {
        Collections.swap(properties, i, random.nextInt(i + 1));
      }
    }
    ObjectNode copy = Json.MAPPER.createObjectNode();
    properties.forEach(p -> copy.set(p.getKey(), reorder(p.getValue(), random)));
    return copy;
  }

  private static JobPosting read(Read read) {
    try {
      return read.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  private interface Read {
    JobPosting read() throws IOException;
  }
}
