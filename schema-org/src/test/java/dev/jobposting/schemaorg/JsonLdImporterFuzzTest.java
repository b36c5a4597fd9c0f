package dev.jobposting.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jobposting.JobPosting;

/**
 * Fuzzes the importer. In a normal build the committed inputs under {@code
 * JsonLdImporterFuzzTestInputs} run as regression tests; {@code JAZZER_FUZZ=1} fuzzes (see the
 * module README). Any JSON must import or give {@link JsonLdSyntaxException}; any HTML page must
 * import; every posting found must export and read back as one posting.
 */
class JsonLdImporterFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void json(FuzzedDataProvider data) {
    String json = data.consumeRemainingAsString();
    ImportResult result;
    try {
      result = JsonLdImporter.create().read(json);
    } catch (JsonLdSyntaxException e) {
      assertThat(e.getMessage()).startsWith("Malformed JSON at line ");
      return;
    }
    result.postings().forEach(JsonLdImporterFuzzTest::exportsAndReadsBack);
  }

  @FuzzTest(maxDuration = "30s")
  void html(FuzzedDataProvider data) {
    String html = data.consumeRemainingAsString();
    JsonLdImporter.create().readHtml(html).postings()
        .forEach(JsonLdImporterFuzzTest::exportsAndReadsBack);
  }

  private static void exportsAndReadsBack(JobPosting posting) {
    String element = JsonLdScript.element(posting);
    assertThat(JsonLdImporter.create().readHtml(element).postings()).hasSize(1);
  }
}
