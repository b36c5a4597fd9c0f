package dev.jobposting.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobposting.JobPosting;
import dev.jobposting.compensation.Compensation;
import dev.jobposting.compensation.PayRange;
import dev.jobposting.schemaorg.internal.HtmlBlocks;
import dev.jobposting.schemaorg.internal.Texts;
import dev.jobposting.testkit.PropertyCheck;
import dev.jobposting.testkit.SamplePostings;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {

  private static final JsonLdExporter EXPORTER = JsonLdExporter.create();

  static Stream<JobPosting> samples() {
    return Stream.concat(SamplePostings.all().values().stream(), Stream.of(
        HostileStrings.posting(HostileStrings.EVERYTHING, true),
        HostileStrings.posting(HostileStrings.EVERYTHING, false)));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void samplesKeepEveryMappedField(JobPosting posting) {
    assertRoundTrip(posting);
  }

  @Test
  void samplesWithPlainTextsExportAsTheyWereAfterAnImport() {
    for (JobPosting posting : SamplePostings.all().values()) {
      ObjectNode first = EXPORTER.toTree(posting);
      assertThat(textsReadAsThemselves(first, true)).as("texts of %s", first).isTrue();
      assertThat(EXPORTER.toTree(readOne(first.toString()))).isEqualTo(first);
    }
  }

  @Test
  void generatedPostingsKeepEveryMappedField() {
    AtomicInteger unchanged = new AtomicInteger();
    PropertyCheck.forAll(1000, posting -> {
      if (assertRoundTrip(posting)) {
        unchanged.incrementAndGet();
      }
    });
    // Most generated postings hold markup-like or entity texts, which the importer reads as such;
    // about a fifth (219 of the 1,000 with the default seed) hold none and must export unchanged.
    assertThat(unchanged.get()).as("postings whose export was compared unchanged")
        .isGreaterThanOrEqualTo(100);
  }

  /**
   * Exports, imports and exports again. The second export equals the first when every text reads
   * back as itself and the pay is not zero; markup-like texts are read as markup once and a zero
   * salary as a placeholder (the README lists both), so then the second export must be a fixed
   * point: exporting its import gives it again.
   *
   * @return whether the first export itself was stable
   */
  private static boolean assertRoundTrip(JobPosting posting) {
    ObjectNode first = EXPORTER.toTree(posting);
    String json = first.toString();

    JobPosting back = readOne(json);
    assertThat(MappedFields.of(back)).as("mapped fields of %s", json)
        .isEqualTo(MappedFields.of(posting));
    assertThat(descriptionTexts(back)).as("description of %s", json)
        .isEqualTo(MappedFields.descriptionTexts(posting));
    ObjectNode second = EXPORTER.toTree(back);
    boolean plain = textsReadAsThemselves(first, true) && !paysNothing(posting);
    if (plain) {
      assertThat(second).as("export of the import of %s", json).isEqualTo(first);
    }
    assertThat(EXPORTER.toTree(readOne(second.toString())))
        .as("export of the import of %s", second).isEqualTo(second);
    return plain;
  }

  private static boolean paysNothing(JobPosting posting) {
    return posting.compensation().flatMap(Compensation::base).flatMap(PayRange::maximum)
        .filter(max -> max.amount().signum() == 0).isPresent();
  }

  private static List<String> descriptionTexts(JobPosting posting) {
    return posting.description().map(d -> MappedFields.texts(HtmlBlocks.parse(d.text())))
        .orElse(List.of());
  }

  /** Whether every text but the posting's description is read back by the importer as it is. */
  private static boolean textsReadAsThemselves(JsonNode node, boolean posting) {
    if (node.isTextual()) {
      return Texts.plain(node.asText()).filter(node.asText()::equals).isPresent();
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      boolean exported = posting && field.getKey().equals("description");
      if (!exported && !textsReadAsThemselves(field.getValue(), false)) {
        return false;
      }
    }
    for (JsonNode element : node.isArray() ? node : List.<JsonNode>of()) {
      if (!textsReadAsThemselves(element, false)) {
        return false;
      }
    }
    return true;
  }

  private static JobPosting readOne(String json) {
    ImportResult result = JsonLdImporter.create().read(json);
    assertThat(result.postings()).as("postings read back from %s%n%s", json, result).hasSize(1);
    return result.postings().get(0);
  }
}
