package dev.jobposting.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.jobposting.JobPosting;
import dev.jobposting.testkit.SamplePostings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the sample postings with JSON files written once by this project and committed. A
 * change in the format shows up here as a diff. Regenerate deliberately with {@code
 * -Djobposting.golden.update=true}.
 */
class GoldenFilesTest {

  private static final String FOLDER = "dev/jobposting/jackson/golden/";

  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
  private static final ObjectWriter PRETTY = Json.MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(INDENTER).withArrayIndenter(INDENTER));

  static Stream<Arguments> samples() {
    return SamplePostings.all().entrySet().stream()
        .map(sample -> Arguments.of(sample.getKey(), sample.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sampleIsWrittenExactlyAsTheGoldenFile(String name, JobPosting sample)
      throws IOException {
    String written = PRETTY.writeValueAsString(sample) + "\n";
    if (Boolean.getBoolean("jobposting.golden.update")) {
      Path file = Path.of("src/test/resources", FOLDER, name + ".json");
      Files.createDirectories(file.getParent());
      Files.writeString(file, written);
    }
    assertThat(written).isEqualTo(golden(name));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void goldenFileReadsAsTheSample(String name, JobPosting sample) throws IOException {
    String golden = golden(name);
    assertThat(Json.read(golden)).isEqualTo(sample);
    assertThat(Json.schemaErrors(golden)).isEmpty();
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = GoldenFilesTest.class.getClassLoader()
        .getResourceAsStream(FOLDER + name + ".json")) {
      assertThat(in).as("golden file " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
