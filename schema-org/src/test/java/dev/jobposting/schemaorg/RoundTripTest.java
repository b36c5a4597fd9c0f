package dev.jobposting.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobposting.JobPosting;
import dev.jobposting.schemaorg.internal.HtmlBlocks;
import dev.jobposting.testkit.PropertyCheck;
import dev.jobposting.testkit.SamplePostings;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {

  static Stream<JobPosting> samples() {
    return Stream.of(SamplePostings.minimal(), SamplePostings.full(), SamplePostings.reference(),
        HostileStrings.posting(HostileStrings.EVERYTHING, true),
        HostileStrings.posting(HostileStrings.EVERYTHING, false));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void samplesKeepEveryMappedField(JobPosting posting) {
    assertRoundTrip(posting);
  }

  @Test
  void generatedPostingsKeepEveryMappedField() {
    PropertyCheck.forAll(1000, RoundTripTest::assertRoundTrip);
  }

  private static void assertRoundTrip(JobPosting posting) {
    String json = JsonLdExporter.create().toJson(posting);

    ImportResult result = JsonLdImporter.create().read(json);

    assertThat(result.postings()).as("postings read back from %s", json).hasSize(1);
    JobPosting back = result.postings().get(0);
    assertThat(MappedFields.of(back)).as("mapped fields of %s%n%s", json, result)
        .isEqualTo(MappedFields.of(posting));
    List<String> original = MappedFields.descriptionTexts(posting);
    List<String> imported = back.description()
        .map(d -> MappedFields.texts(HtmlBlocks.parse(d.text()))).orElse(List.of());
    assertThat(imported.subList(0, Math.min(original.size(), imported.size())))
        .as("description of %s", json).isEqualTo(original);
  }
}
