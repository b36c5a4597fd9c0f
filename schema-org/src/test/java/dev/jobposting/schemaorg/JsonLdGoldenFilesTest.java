package dev.jobposting.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.jobposting.JobPosting;
import dev.jobposting.testkit.SamplePostings;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the JSON-LD of the sample postings with files written once by this project and
 * committed: the order of the properties, their shapes and the numbers' digits show up here as a
 * diff when they change. Regenerate deliberately with {@code -Djobposting.golden.update=true}.
 */
class JsonLdGoldenFilesTest {

  private static final String FOLDER = "dev/jobposting/schemaorg/golden/";
  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

  static Stream<Arguments> samples() {
    return SamplePostings.all().entrySet().stream()
        .map(sample -> Arguments.of(sample.getKey(), sample.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sampleIsExportedExactlyAsTheGoldenFile(String name, JobPosting sample)
      throws IOException {
    StringWriter written = new StringWriter();
    try (JsonGenerator generator = JsonLdExporter.create().generator(written)) {
      generator.setPrettyPrinter(new DefaultPrettyPrinter()
          .withObjectIndenter(INDENTER).withArrayIndenter(INDENTER));
      generator.writeTree(JsonLdExporter.create().toTree(sample));
    }
    written.write("\n");
    if (Boolean.getBoolean("jobposting.golden.update")) {
      Path file = Path.of("src/test/resources", FOLDER, name + ".jsonld");
      Files.createDirectories(file.getParent());
      Files.writeString(file, written.toString());
    }
    assertThat(written).hasToString(golden(name));
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = JsonLdGoldenFilesTest.class.getClassLoader()
        .getResourceAsStream(FOLDER + name + ".jsonld")) {
      assertThat(in).as("golden file " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
