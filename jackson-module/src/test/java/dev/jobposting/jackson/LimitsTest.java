package dev.jobposting.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jobposting.JobPosting;
import dev.jobposting.testkit.SamplePostings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hostile input is rejected quickly with a clear message, and feeds are read and written at
 * constant memory. Runs in its own surefire execution with a 256 MB heap.
 */
@Tag("limits")
class LimitsTest {

  private static final Duration QUICKLY = Duration.ofSeconds(10);
  private static final int DEEP = 100_000;

  private static final String AMOUNT_HEAD = "{\"title\":\"T\",\"compensation\":{\"base\":{"
      + "\"period\":\"YEAR\",\"minimum\":{\"currency\":\"USD\",\"amount\":";
  private static final String AMOUNT_TAIL = "}}}}";

  /** A mapper whose user lifted Jackson's stream limits; the module must still hold. */
  private static final ObjectMapper UNLIMITED = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(Integer.MAX_VALUE)
              .maxNumberLength(Integer.MAX_VALUE)
              .maxStringLength(Integer.MAX_VALUE).build())
          .build())
      .addModule(new JobPostingModule().withIgnoreUnknownProperties())
      .build();

  @Test
  void deepNestingWhereAValueIsExpectedFailsAtOnce() {
    assertThatThrownBy(() -> read(Json.MAPPER, deep("{\"title\":\"T\",\"description\":")))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("description: expected a RichText object, got an array");
    assertThatThrownBy(() -> read(Json.MAPPER, deep("{\"title\":\"T\",\"unknown\":")))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageStartingWith("unknown: is not a property of JobPosting");
  }

  @Test
  void deepNestingInsideASkippedPropertyHitsTheNestingLimit() {
    ObjectMapper lenient = JsonMapper.builder()
        .addModule(new JobPostingModule().withIgnoreUnknownProperties()).build();

    assertThatThrownBy(() -> read(lenient, deep("{\"title\":\"T\",\"unknown\":")))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("unknown: Document nesting depth (1001) exceeds the maximum");
  }

  @Test
  void deepNestingWithoutLimitsIsSkippedWithoutRecursion() throws Exception {
    JobPosting read = assertTimeoutPreemptively(QUICKLY,
        () -> UNLIMITED.readValue(deep("{\"title\":\"T\",\"unknown\":"), JobPosting.class));

    assertThat(read.title()).isEqualTo("T");
  }

  @Test
  void fiftyMegabyteStringIsRejected() {
    InputStream json = new RepeatedInput("{\"title\":\"", "a".repeat(1024), 50 * 1024, "\"}");

    assertThatThrownBy(() -> read(Json.MAPPER, json))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("title: String value length")
        .hasMessageContaining("exceeds the maximum allowed");
  }

  @Test
  void fiftyMegabyteStringInAListNamesItsElement() {
    assertLimitAt("employer.sameAs[1]", "String value length", new RepeatedInput(
        "{\"title\":\"T\",\"employer\":{\"name\":\"E\",\"sameAs\":[\"https://e.example\",\"",
        "a".repeat(1024), 50 * 1024, "\"]}}"));
  }

  @Test
  void millionDigitNumberIsRejected() {
    // The parser reads a property's value with its name, so the limit names the object.
    assertLimitAt("compensation.base.minimum", "Number value length (1000000)",
        millionDigitAmount());
  }

  @Test
  void millionDigitListElementNamesTheList() {
    // The parser reads the element's token before the element is entered, as for a name.
    assertLimitAt("responsibilities", "Number value length (1000000)", new RepeatedInput(
        "{\"title\":\"T\",\"responsibilities\":[\"a\",", "1".repeat(1000), 1000, "]}"));
  }

  @Test
  void overlongPropertyNameNamesItsObject() {
    assertLimitAt("employer", "Name length (60000)", new RepeatedInput(
        "{\"title\":\"T\",\"employer\":{\"name\":\"E\",\"", "n".repeat(1000), 60, "\":1}}"));
  }

  /** Reading fails on a stream limit, with the path in the message and in Jackson's path. */
  private static void assertLimitAt(String path, String limit, InputStream json) {
    assertThatThrownBy(() -> read(Json.MAPPER, json))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith(path + ": " + limit)
        .hasMessageContaining("exceeds the maximum allowed")
        .satisfies(e -> assertThat(JsonPaths.of((JsonMappingException) e)).isEqualTo(path));
  }

  @Test
  void millionDigitNumberIsRejectedWithoutStreamLimitsToo() {
    assertThatThrownBy(() -> read(UNLIMITED, millionDigitAmount()))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("compensation.base.minimum.amount: '1111111111")
        .hasMessageContaining("is not a decimal number of at most 100 characters");
  }

  @Test
  void hugeExponentIsRejectedWithoutExpandingIt() {
    for (String amount : new String[] {"1e1000000000", "1e-1000000000", "-9E+999999999"}) {
      for (ObjectMapper mapper : new ObjectMapper[] {Json.MAPPER, UNLIMITED}) {
        InputStream json = new RepeatedInput(AMOUNT_HEAD, "", 0, amount + AMOUNT_TAIL);
        assertThatThrownBy(() -> read(mapper, json))
            .isInstanceOf(InvalidFormatException.class)
            .hasMessageStartingWith("compensation.base.minimum.amount: '" + amount + "' has more"
                + " than 32 digits before or after the decimal point");
      }
    }
  }

  @Test
  void longNdjsonFeedIsReadAtConstantMemory() {
    String line = Json.write(SamplePostings.reference()) + "\n";
    long records = 300L * 1024 * 1024 / line.length();

    long count = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      try (JobPostingFeed feed = JobPostingFeedReader.ndjson(Json.MAPPER)
          .read(new RepeatedInput("", line, records, ""))) {
        return feed.stream().filter(p -> p.equals(SamplePostings.reference())).count();
      }
    });

    assertThat(count).isEqualTo(records);
  }

  @Test
  void longArrayFeedIsReadAndWrittenAtConstantMemory() throws IOException {
    String element = Json.write(SamplePostings.reference());
    long records = 300L * 1024 * 1024 / element.length();
    CountingOutput written = new CountingOutput();

    assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
      try (JobPostingFeed feed = JobPostingFeedReader.jsonArray(Json.MAPPER)
          .read(new RepeatedInput("[" + element, "," + element, records - 1, "]"));
          JobPostingFeedWriter writer = JobPostingFeedWriter.jsonArray(Json.MAPPER, written)) {
        while (feed.hasNext()) {
          writer.write(feed.next());
        }
      }
    });

    assertThat(written.bytes).isEqualTo(records * (element.length() + 1) + 1);
  }

  private static Object read(ObjectMapper mapper, InputStream json) throws IOException {
    return assertTimeoutPreemptively(QUICKLY, () -> mapper.readValue(json, JobPosting.class));
  }

  private static InputStream deep(String head) {
    return new RepeatedInput(head, "[", DEEP, "]".repeat(DEEP) + "}");
  }

  private static InputStream millionDigitAmount() {
    return new RepeatedInput(AMOUNT_HEAD, "1".repeat(1000), 1000, AMOUNT_TAIL);
  }

  /** Counts what is written and keeps nothing. */
  private static final class CountingOutput extends OutputStream {
    private long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
