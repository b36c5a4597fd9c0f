package dev.jobposting.jackson;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.jobposting.JobPosting;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Reads a feed of postings, NDJSON or a JSON array, one posting at a time: memory stays constant
 * however long the feed is. Bad records go to the {@linkplain #withErrorHandler error handler},
 * which stops the feed (the default) or skips them.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new JobPostingModule()).build();
 * List<FeedRecordException> rejected = new ArrayList<>();
 * try (JobPostingFeed feed = JobPostingFeedReader.ndjson(mapper)
 *     .withErrorHandler(FeedErrorHandler.skip(rejected::add))
 *     .read(Files.newInputStream(path))) {
 *   feed.forEachRemaining(index::add);
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each {@code read} returns an independent feed.
 */
public final class JobPostingFeedReader {

  /** The default longest NDJSON line, in characters. */
  public static final int DEFAULT_MAX_RECORD_LENGTH = 16 * 1024 * 1024;

  private final ObjectReader reader;
  private final FeedFormat format;
  private final FeedErrorHandler errorHandler;
  private final int maxRecordLength;

  private JobPostingFeedReader(ObjectReader reader, FeedFormat format,
      FeedErrorHandler errorHandler, int maxRecordLength) {
    this.reader = reader;
    this.format = format;
    this.errorHandler = errorHandler;
    this.maxRecordLength = maxRecordLength;
  }

  /**
   * A reader of NDJSON feeds: one posting per line.
   *
   * @param mapper a mapper with {@link JobPostingModule} registered
   * @return the reader, stopping at the first bad record
   * @throws IllegalArgumentException when the module is not registered
   */
  public static JobPostingFeedReader ndjson(ObjectMapper mapper) {
    return of(mapper, FeedFormat.NDJSON);
  }

  /**
   * A reader of feeds laid out as one JSON array of postings.
   *
   * @param mapper a mapper with {@link JobPostingModule} registered
   * @return the reader, stopping at the first bad record
   * @throws IllegalArgumentException when the module is not registered
   */
  public static JobPostingFeedReader jsonArray(ObjectMapper mapper) {
    return of(mapper, FeedFormat.JSON_ARRAY);
  }

  private static JobPostingFeedReader of(ObjectMapper mapper, FeedFormat format) {
    Objects.requireNonNull(mapper, "mapper");
    if (!mapper.getRegisteredModuleIds().contains(new JobPostingModule().getTypeId())) {
      throw new IllegalArgumentException("the mapper has no JobPostingModule registered");
    }
    ObjectReader reader = mapper.readerFor(JobPosting.class)
        .without(DeserializationFeature.UNWRAP_ROOT_VALUE)
        .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    return new JobPostingFeedReader(reader, format, FeedErrorHandler.failFast(),
        DEFAULT_MAX_RECORD_LENGTH);
  }

  /**
   * Returns a reader that hands bad records to a handler.
   *
   * @param handler throws to stop the feed, returns to skip the record
   * @return a new reader
   */
  public JobPostingFeedReader withErrorHandler(FeedErrorHandler handler) {
    return new JobPostingFeedReader(reader, format, Objects.requireNonNull(handler, "handler"),
        maxRecordLength);
  }

  /**
   * Returns a reader that rejects NDJSON lines longer than a limit, as bad records, without
   * holding more of them in memory.
   *
   * @param characters the longest line, at least 1
   * @return a new reader
   */
  public JobPostingFeedReader withMaxRecordLength(int characters) {
    if (characters < 1) {
      throw new IllegalArgumentException("the longest record must be at least 1 character");
    }
    return new JobPostingFeedReader(reader, format, errorHandler, characters);
  }

  /** {@return the layout of the feeds this reader reads} */
  public FeedFormat format() {
    return format;
  }

  /**
   * Starts reading a feed in UTF-8. Bytes that are not UTF-8 are never replaced: in NDJSON they
   * make their line a bad record, and reading can go on at the next line (UTF-8 never uses the
   * line feed byte inside a character, so no other line is touched); in a JSON array they end
   * the feed like any syntax error, since the next element cannot be found.
   *
   * @param in the feed; closed when the returned feed is closed
   * @return the postings, read as they are asked for
   */
  public JobPostingFeed read(InputStream in) {
    Objects.requireNonNull(in, "in");
    if (format == FeedFormat.NDJSON) {
      // Lines are checked and parsed as bytes; only bad or ambiguous lines are decoded.
      return new JobPostingFeed(new NdjsonSource(reader, new Utf8LineReader(in, maxRecordLength)),
          errorHandler);
    }
    return read(new StrictUtf8Reader(in));
  }

  /**
   * Starts reading a feed.
   *
   * @param in the feed; closed when the returned feed is closed
   * @return the postings, read as they are asked for
   */
  public JobPostingFeed read(Reader in) {
    Objects.requireNonNull(in, "in");
    try {
      RecordSource source = format == FeedFormat.NDJSON
          ? new NdjsonSource(reader, new LineReader(in, maxRecordLength))
          : new ArraySource(reader.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS), in);
      return new JobPostingFeed(source, errorHandler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
