package dev.jobposting.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.jobposting.JobPosting;
import dev.jobposting.benchmarks.baseline.BaselineGroups;
import dev.jobposting.benchmarks.baseline.BaselineMapper;
import dev.jobposting.benchmarks.baseline.BaselineValidator;
import dev.jobposting.benchmarks.baseline.PojoPosting;
import dev.jobposting.jackson.JobPostingFeed;
import dev.jobposting.jackson.JobPostingFeedReader;
import dev.jobposting.jackson.JobPostingFeedWriter;
import dev.jobposting.testkit.PostingGenerator;
import dev.jobposting.validation.JobPostingValidator;
import dev.jobposting.validation.Profile;
import jakarta.validation.Validator;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A whole NDJSON feed of generated postings, read and validated in a 64 MB heap, against parsing
 * the same feed into Jackson trees (the parse limit). A score is the time for the whole feed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
@Warmup(iterations = 0)
@Measurement(iterations = 2)
public class FeedBenchmarks {

  /** Postings in the feed. */
  @Param("200000")
  public int postings;

  private final ObjectMapper mapper = Fixtures.libraryMapper();
  private final JobPostingValidator validator = JobPostingValidator.create().asOf(Fixtures.AS_OF);
  private final ObjectMapper baselineMapper = BaselineMapper.create();
  private final Validator baselineValidator = BaselineValidator.create(Fixtures.AS_OF);
  private Path feed;

  /** Writes the feed once per trial. */
  @Setup(Level.Trial)
  public void writeFeed() throws IOException {
    feed = Files.createTempFile("jobposting-feed", ".ndjson");
    PostingGenerator generator = Fixtures.feedPostings();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(feed));
        JobPostingFeedWriter writer = JobPostingFeedWriter.ndjson(mapper, out)) {
      for (int i = 0; i < postings; i++) {
        writer.write(generator.next());
      }
    }
  }

  /** Deletes the feed. */
  @TearDown(Level.Trial)
  public void deleteFeed() throws IOException {
    Files.deleteIfExists(feed);
  }

  /**
   * Reads every posting and validates it with the publishable and Google profiles.
   *
   * @param sink consumes the reports
   * @return the number of postings read
   */
  @Benchmark
  public int readAndValidate(Blackhole sink) throws IOException {
    return readPostings(posting -> sink.consume(
        validator.validate(posting, Profile.PUBLISHABLE, Profile.GOOGLE_REQUIRED)));
  }

  /**
   * Reads every posting and validates none: with {@link #readAndValidate} and {@link #parseOnly},
   * it splits a feed's cost into parsing, building the postings and validating them.
   *
   * @param sink consumes the postings
   * @return the number of postings read
   */
  @Benchmark
  public int readOnly(Blackhole sink) throws IOException {
    return readPostings(sink::consume);
  }

  private int readPostings(Consumer<JobPosting> each) throws IOException {
    int count = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(feed));
        JobPostingFeed records = JobPostingFeedReader.ndjson(mapper).read(in)) {
      while (records.hasNext()) {
        each.accept(records.next());
        count++;
      }
    }
    return checked(count);
  }

  /**
   * What a team would write without the library: plain Jackson binding each record into the
   * hand-written POJO, and plain Hibernate Validator checking it against the same rules. It is no
   * target's baseline; beside {@link #parseOnly} it shows what the feed's target asks of any
   * implementation.
   *
   * @param sink consumes the violations
   * @return the number of postings read
   */
  @Benchmark
  public int baselineReadAndValidate(Blackhole sink) throws IOException {
    return readRecords(baselineMapper.readerFor(PojoPosting.class),
        (PojoPosting pojo) -> sink.consume(baselineValidator.validate(pojo,
            BaselineGroups.Publishable.class, BaselineGroups.GoogleRequired.class)));
  }


  /**
   * Parses every record into a tree and builds nothing else.
   *
   * @param sink consumes the trees
   * @return the number of records parsed
   */
  @Benchmark
  public int parseOnly(Blackhole sink) throws IOException {
    return readRecords(mapper.readerFor(JsonNode.class), (JsonNode tree) -> sink.consume(tree));
  }

  /** Reads every record of the feed with plain Jackson, as a team would without the library. */
  private <T> int readRecords(ObjectReader reader, Consumer<T> each) throws IOException {
    int count = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(feed));
        MappingIterator<T> records = reader.readValues(in)) {
      while (records.hasNext()) {
        each.accept(records.next());
        count++;
      }
    }
    return checked(count);
  }


  private int checked(int count) {
    if (count != postings) {
      throw new IllegalStateException("read " + count + " of " + postings + " postings");
    }
    return count;
  }
}
