package dev.jobposting.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobposting.JobPosting;
import dev.jobposting.testkit.PostingGenerator;
import dev.jobposting.testkit.PropertyCheck;
import dev.jobposting.testkit.SamplePostings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Writes every exported sample to {@code target/jsonld-samples/NAME.json}, one JSON-LD document
 * per file, for people and external validators to look at.
 */
class JsonLdSamplesTest {

  private static final Path DIRECTORY = Path.of("target", "jsonld-samples");
  private static final int GENERATED = 50;

  @Test
  void writesTheSamplesAndFiftyGeneratedPostings() throws IOException {
    Map<String, JobPosting> samples = new LinkedHashMap<>();
    samples.put("minimal", SamplePostings.minimal());
    samples.put("full", SamplePostings.full());
    samples.put("reference", SamplePostings.reference());
    PostingGenerator generator = PostingGenerator.withSeed(PropertyCheck.baseSeed());
    for (int i = 1; i <= GENERATED; i++) {
      samples.put(String.format("generated-%02d", i), generator.next());
    }
    Files.createDirectories(DIRECTORY);

    for (Map.Entry<String, JobPosting> sample : samples.entrySet()) {
      Path file = DIRECTORY.resolve(sample.getKey() + ".json");
      try (OutputStream out = Files.newOutputStream(file)) {
        JsonLdExporter.create().write(sample.getValue(), out);
      }
      assertThat(JsonLdImporter.create().read(Files.readString(file)).postings()).hasSize(1);
    }

    try (var files = Files.list(DIRECTORY)) {
      assertThat(files.filter(f -> f.toString().endsWith(".json"))).hasSizeGreaterThanOrEqualTo(53);
    }
  }
}
