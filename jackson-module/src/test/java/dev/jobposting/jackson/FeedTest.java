package dev.jobposting.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.jobposting.JobPosting;
import dev.jobposting.testkit.PostingGenerator;
import dev.jobposting.testkit.SamplePostings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FeedTest {

  private static final String GOOD = "{\"title\":\"Good\"}";
  private static final String BAD_PAY = "{\"title\":\"T\",\"compensation\":{\"base\":{\"minimum\":"
      + "{\"amount\":9,\"currency\":\"USD\"},\"maximum\":{\"amount\":1,\"currency\":\"USD\"},"
      + "\"period\":\"YEAR\"}}}";
  private static final String BAD_DATE = "{\"title\":\"T\",\"datePosted\":\"yesterday\"}";

  private final List<JobPosting> postings = postings();

  private static List<JobPosting> postings() {
    PostingGenerator generator = PostingGenerator.withSeed(5);
    return Stream.concat(Stream.of(SamplePostings.full(), SamplePostings.reference()),
        Stream.generate(generator::next).limit(200)).toList();
  }

  @Test
  void ndjsonFeedRoundTripsOnePostingPerLine() throws IOException {
    byte[] feed = write(JobPostingFeedWriter::ndjson);

    String text = new String(feed, StandardCharsets.UTF_8);
    assertThat(text.lines()).hasSize(postings.size())
        .allSatisfy(line -> assertThat(Json.schemaErrors(line)).isEmpty());
    assertThat(text.lines().findFirst()).contains(Json.write(postings.get(0)));
    try (JobPostingFeed read = JobPostingFeedReader.ndjson(Json.MAPPER)
        .read(new ByteArrayInputStream(feed))) {
      assertThat(read.stream().collect(Collectors.toList())).isEqualTo(postings);
    }
  }

  @Test
  void jsonArrayFeedRoundTripsAndIsOneValidArray() throws IOException {
    byte[] feed = write(JobPostingFeedWriter::jsonArray);

    assertThat(Json.MAPPER.readTree(feed).size()).isEqualTo(postings.size());
    try (JobPostingFeed read = JobPostingFeedReader.jsonArray(Json.MAPPER)
        .read(new ByteArrayInputStream(feed))) {
      assertThat(read.stream().collect(Collectors.toList())).isEqualTo(postings);
    }
  }

  @Test
  void emptyFeedsHaveNoPostings() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JobPostingFeedWriter.jsonArray(Json.MAPPER, out).close();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[]");
    assertThat(JobPostingFeedReader.jsonArray(Json.MAPPER).read(new StringReader("[ ]")).hasNext())
        .isFalse();
    assertThat(JobPostingFeedReader.ndjson(Json.MAPPER).read(new StringReader("\n\n")).hasNext())
        .isFalse();
  }

  @Test
  void badNdjsonLinesAreReportedWithLineAndPathAndSkippedOnRequest() {
    String feed = String.join("\n", GOOD, BAD_PAY, "", "{\"title\":", GOOD, BAD_DATE, "null",
        GOOD + " " + GOOD, GOOD) + "\n";
    List<FeedRecordException> rejected = new ArrayList<>();

    List<JobPosting> read = JobPostingFeedReader.ndjson(Json.MAPPER)
        .withErrorHandler(FeedErrorHandler.skip(rejected::add))
        .read(new StringReader(feed)).stream().toList();

    assertThat(read).extracting(JobPosting::title).containsExactly("Good", "Good", "Good");
    assertThat(rejected).extracting(FeedRecordException::record).containsExactly(2L, 4L, 6L, 7L,
        8L);
    assertThat(rejected.get(0)).hasMessageStartingWith("line 2: compensation.base.minimum: ")
        .hasCauseInstanceOf(ValueInstantiationException.class);
    assertThat(rejected.get(0).path()).isEqualTo("compensation.base.minimum");
    assertThat(rejected.get(2).path()).isEqualTo("datePosted");
    assertThat(rejected.get(2).getCause()).isInstanceOf(InvalidFormatException.class);
    assertThat(rejected).allMatch(FeedRecordException::isRecoverable);
  }

  @Test
  void failFastStopsAtTheFirstBadRecord() {
    JobPostingFeed feed = JobPostingFeedReader.ndjson(Json.MAPPER)
        .read(new StringReader(GOOD + "\n" + BAD_DATE + "\n" + GOOD));

    assertThat(feed.next().title()).isEqualTo("Good");
    assertThatThrownBy(feed::next).isInstanceOf(FeedRecordException.class)
        .hasMessageStartingWith("line 2: datePosted: 'yesterday' is not an ISO 8601 date");
    assertThat(feed.hasNext()).isFalse();
    assertThatThrownBy(feed::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void aHandlerThatThrowsEndsTheFeedAndClosesTheInput() {
    AtomicBoolean closed = new AtomicBoolean();
    Reader in = new FilterReader(new StringReader(BAD_DATE + "\n" + GOOD)) {
      @Override
      public void close() throws IOException {
        closed.set(true);
        super.close();
      }
    };
    IllegalStateException stop = new IllegalStateException("stop");
    JobPostingFeed feed = JobPostingFeedReader.ndjson(Json.MAPPER)
        .withErrorHandler(error -> {
          throw stop;
        })
        .read(in);

    assertThatThrownBy(feed::hasNext).isSameAs(stop);
    assertThat(closed).isTrue();
    assertThat(feed.hasNext()).isFalse();
    assertThatThrownBy(feed::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void badArrayElementsAreReportedWithIndexAndPathAndSkippedOnRequest() {
    String feed = "[" + String.join(",", GOOD, BAD_PAY, "\"text\"",
        "{\"title\":\"T\",\"x\":{\"deep\":[[{}]]},\"employer\":{}}", "null", BAD_DATE, GOOD) + "]";
    List<FeedRecordException> rejected = new ArrayList<>();

    List<JobPosting> read = JobPostingFeedReader.jsonArray(Json.MAPPER)
        .withErrorHandler(FeedErrorHandler.skip(rejected::add))
        .read(new StringReader(feed)).stream().toList();

    assertThat(read).extracting(JobPosting::title).containsExactly("Good", "Good");
    assertThat(rejected).extracting(FeedRecordException::record)
        .containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(rejected).extracting(FeedRecordException::path)
        .containsExactly("compensation.base.minimum", "", "x", "", "datePosted");
    assertThat(rejected.get(0)).hasMessageStartingWith("element 1: compensation.base.minimum");
  }

  @Test
  void syntaxErrorInAnArrayEndsTheFeedEvenWhenSkipping() {
    List<FeedRecordException> rejected = new ArrayList<>();
    JobPostingFeed feed = JobPostingFeedReader.jsonArray(Json.MAPPER)
        .withErrorHandler(FeedErrorHandler.skip(rejected::add))
        .read(new StringReader("[" + GOOD + ",{\"title\" \"T\"}," + GOOD + "]"));

    assertThat(feed.next().title()).isEqualTo("Good");
    assertThatThrownBy(feed::hasNext).isInstanceOfSatisfying(FeedRecordException.class,
        e -> assertThat(e.isRecoverable()).isFalse()).hasMessageStartingWith("element 1: ");
    assertThat(feed.hasNext()).isFalse();
    assertThat(rejected).isEmpty();
  }

  @Test
  void arrayFeedMustBeOneArray() {
    assertThatThrownBy(() -> JobPostingFeedReader.jsonArray(Json.MAPPER)
        .read(new StringReader(GOOD)).hasNext())
        .isInstanceOf(FeedRecordException.class).hasMessageContaining("expected a JSON array");
    assertThatThrownBy(() -> JobPostingFeedReader.jsonArray(Json.MAPPER)
        .read(new StringReader("[" + GOOD + "] []")).stream().count())
        .isInstanceOf(FeedRecordException.class).hasMessageContaining("after the end");
  }

  @Test
  void overlongNdjsonLinesAreRejectedAndSkipped() {
    String longLine = "{\"title\":\"" + "x".repeat(1000) + "\"}";
    List<FeedRecordException> rejected = new ArrayList<>();

    List<JobPosting> read = JobPostingFeedReader.ndjson(Json.MAPPER).withMaxRecordLength(100)
        .withErrorHandler(FeedErrorHandler.skip(rejected::add))
        .read(new StringReader(GOOD + "\r\n" + longLine + "\r\n" + GOOD)).stream().toList();

    assertThat(read).hasSize(2);
    assertThat(rejected).singleElement().satisfies(e -> {
      assertThat(e.record()).isEqualTo(2);
      assertThat(e).hasMessage("line 2: the line is longer than 100 characters");
    });
  }

  @Test
  void ndjsonLinesLongerThanTheReadBufferAreReadWholeUpToTheLargestLimit() {
    String title = "long title ".repeat(20_000).strip();
    String line = "{\"title\":\"" + title + "\"}";

    List<JobPosting> read = JobPostingFeedReader.ndjson(Json.MAPPER)
        .withMaxRecordLength(Integer.MAX_VALUE)
        .read(new StringReader(GOOD + "\n" + line + "\r\n" + GOOD + "\n")).stream().toList();

    assertThat(read).extracting(JobPosting::title).containsExactly("Good", title, "Good");
  }

  @Test
  void ndjsonLinesThatAreNotUtf8AreReportedAndSkippedNotRepaired() {
    String accents = "\u00e9".repeat(6000);
    byte[] feed = bytes(GOOD, "\n{\"title\":\"Caf", new byte[] {(byte) 0xE9},
        "\"}\n{\"title\":\"" + accents + "\"}\n{\"title\":\"" + accents,
        new byte[] {(byte) 0xC0, (byte) 0xAF}, "\"}\r\n", new byte[] {(byte) 0xED, (byte) 0xA0,
            (byte) 0x80}, "\n" + GOOD + "\n{\"title\":\"", new byte[] {(byte) 0xF0, (byte) 0x9F});
    List<FeedRecordException> rejected = new ArrayList<>();

    List<JobPosting> read = JobPostingFeedReader.ndjson(Json.MAPPER)
        .withErrorHandler(FeedErrorHandler.skip(rejected::add))
        .read(new ByteArrayInputStream(feed)).stream().toList();

    assertThat(read).extracting(JobPosting::title).containsExactly("Good", accents, "Good");
    assertThat(rejected).extracting(FeedRecordException::getMessage).containsExactly(
        "line 2: not valid UTF-8: bytes E9 do not form a character",
        "line 4: not valid UTF-8: bytes C0 do not form a character",
        "line 5: not valid UTF-8: bytes ED A0 80 do not form a character",
        "line 7: not valid UTF-8: bytes F0 9F do not form a character");
    assertThat(rejected).allMatch(FeedRecordException::isRecoverable);
  }

  @Test
  void failFastStopsAtTheFirstLineThatIsNotUtf8() {
    JobPostingFeed feed = JobPostingFeedReader.ndjson(Json.MAPPER).read(new ByteArrayInputStream(
        bytes(GOOD + "\n{\"title\":\"Caf", new byte[] {(byte) 0xE9}, "\"}\n" + GOOD)));

    assertThat(feed.next().title()).isEqualTo("Good");
    assertThatThrownBy(feed::next).isInstanceOf(FeedRecordException.class)
        .hasMessage("line 2: not valid UTF-8: bytes E9 do not form a character");
    assertThat(feed.hasNext()).isFalse();
  }

  @Test
  void bytesThatAreNotUtf8EndAnArrayFeed() {
    List<FeedRecordException> rejected = new ArrayList<>();
    JobPostingFeed feed = JobPostingFeedReader.jsonArray(Json.MAPPER)
        .withErrorHandler(FeedErrorHandler.skip(rejected::add))
        .read(new ByteArrayInputStream(bytes("[" + GOOD + ",{\"title\":\"Caf",
            new byte[] {(byte) 0xE9}, "\"}," + GOOD + "]")));

    assertThat(feed.next().title()).isEqualTo("Good");
    assertThatThrownBy(feed::hasNext).isInstanceOfSatisfying(FeedRecordException.class,
        e -> assertThat(e.isRecoverable()).isFalse())
        .hasMessage("element 1: not valid UTF-8: bytes E9 do not form a character");
    assertThat(feed.hasNext()).isFalse();
    assertThat(rejected).isEmpty();
  }

  @Test
  void arrayFeedsAreUtf8NotGuessedFromTheirFirstBytes() {
    byte[] utf16 = ("[" + GOOD + "]").getBytes(StandardCharsets.UTF_16BE);

    assertThatThrownBy(() -> JobPostingFeedReader.jsonArray(Json.MAPPER)
        .read(new ByteArrayInputStream(utf16)).hasNext())
        .isInstanceOf(FeedRecordException.class).hasMessageStartingWith("element 0: ");
  }

  @Test
  void readersAndWritersNeedTheModule() {
    ObjectMapper plain = new ObjectMapper();
    assertThatThrownBy(() -> JobPostingFeedReader.ndjson(plain))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JobPostingFeedWriter.ndjson(plain, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private interface WriterFactory {
    JobPostingFeedWriter open(ObjectMapper mapper, ByteArrayOutputStream out);
  }

  /** {@return text parts in UTF-8 and raw byte parts, one after the other} */
  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      out.writeBytes(part instanceof byte[] raw ? raw
          : ((String) part).getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private byte[] write(WriterFactory factory) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JobPostingFeedWriter writer = factory.open(Json.MAPPER, out)) {
      for (JobPosting posting : postings) {
        writer.write(posting);
      }
      assertThat(writer.count()).isEqualTo(postings.size());
    }
    return out.toByteArray();
  }
}
