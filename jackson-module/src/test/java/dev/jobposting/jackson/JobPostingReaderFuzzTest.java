package dev.jobposting.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.jobposting.JobPosting;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the readers. Whatever the bytes, reading either fails with a documented exception (a
 * Jackson exception, or {@link CharConversionException} for bytes that are not text, for one
 * posting; {@link FeedRecordException} for a feed) or returns postings that write and read back to
 * themselves. Any other exception is a finding, and so is an NDJSON feed whose bytes read
 * otherwise than its lines decoded one by one.
 *
 * <p>{@code mvn verify} runs the committed inputs under {@code JobPostingReaderFuzzTestInputs};
 * {@code JAZZER_FUZZ=1} fuzzes (see the module README).
 */
class JobPostingReaderFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void readPosting(byte[] input) throws IOException {
    JobPosting posting;
    try {
      posting = Json.MAPPER.readValue(input, JobPosting.class);
    } catch (JsonProcessingException | CharConversionException expected) {
      // CharConversionException: bytes that are not text in the encoding Jackson detected.
      return;
    }
    if (posting != null) {
      assertRoundTrips(posting);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void readFeeds(byte[] input) throws IOException {
    for (JobPostingFeedReader reader : List.of(JobPostingFeedReader.ndjson(Json.MAPPER),
        JobPostingFeedReader.jsonArray(Json.MAPPER))) {
      List<FeedRecordException> rejected = new ArrayList<>();
      try (JobPostingFeed feed = reader.withErrorHandler(FeedErrorHandler.skip(rejected::add))
          .read(new ByteArrayInputStream(input))) {
        while (feed.hasNext()) {
          assertRoundTrips(feed.next());
        }
      } catch (FeedRecordException fatal) {
        assertThat(fatal.isRecoverable()).isFalse();
      }
      assertThat(rejected).allSatisfy(e -> assertThat(e.getMessage()).isNotBlank());
    }
  }

  @FuzzTest(maxDuration = "10m")
  void readNdjsonBytesAsTheirLinesOfCharacters(byte[] input) {
    int maxLength = JobPostingFeedReader.DEFAULT_MAX_RECORD_LENGTH;

    assertThat(Utf8LineReaderTest.outcomes(JobPostingFeedReader.ndjson(Json.MAPPER),
        r -> r.read(new ByteArrayInputStream(input))))
        .isEqualTo(Utf8LineReaderTest.expectedOutcomes(input, maxLength));
  }

  private static void assertRoundTrips(JobPosting posting) throws IOException {
    String json = Json.write(posting);
    JobPosting again = Json.read(json);
    assertThat(again).isEqualTo(posting);
    assertThat(Json.write(again)).isEqualTo(json);
  }
}
