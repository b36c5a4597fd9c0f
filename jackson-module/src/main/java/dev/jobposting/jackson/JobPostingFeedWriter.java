package dev.jobposting.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.jobposting.JobPosting;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes a feed of postings, NDJSON or a JSON array, in UTF-8, one posting at a time.
 *
 * <pre>{@code
 * try (JobPostingFeedWriter feed = JobPostingFeedWriter.ndjson(mapper, Files.newOutputStream(path))) {
 *   for (JobPosting posting : postings) {
 *     feed.write(posting);
 *   }
 * }
 * }</pre>
 *
 * <p>Each posting is written compactly, whatever the mapper's indentation setting, so that an
 * NDJSON record is one line. Not thread-safe.
 */
public final class JobPostingFeedWriter implements Closeable, Flushable {

  private static final byte NEWLINE = '\n';

  private final ObjectWriter writer;
  private final FeedFormat format;
  private final OutputStream out;
  private long written;
  private boolean closed;

  private JobPostingFeedWriter(ObjectMapper mapper, FeedFormat format, OutputStream out) {
    Objects.requireNonNull(mapper, "mapper");
    if (!mapper.getRegisteredModuleIds().contains(new JobPostingModule().getTypeId())) {
      throw new IllegalArgumentException("the mapper has no JobPostingModule registered");
    }
    this.writer = mapper.writerFor(JobPosting.class)
        .without(SerializationFeature.INDENT_OUTPUT)
        .without(SerializationFeature.WRAP_ROOT_VALUE);
    this.format = format;
    this.out = new BufferedOutputStream(Objects.requireNonNull(out, "out"));
  }

  /**
   * A writer of NDJSON: one posting per line, each line ending in LF.
   *
   * @param mapper a mapper with {@link JobPostingModule} registered
   * @param out where to write; closed by {@link #close()}
   * @return the writer
   */
  public static JobPostingFeedWriter ndjson(ObjectMapper mapper, OutputStream out) {
    return new JobPostingFeedWriter(mapper, FeedFormat.NDJSON, out);
  }

  /**
   * A writer of one JSON array of postings, closed by {@link #close()}.
   *
   * @param mapper a mapper with {@link JobPostingModule} registered
   * @param out where to write; closed by {@link #close()}
   * @return the writer
   */
  public static JobPostingFeedWriter jsonArray(ObjectMapper mapper, OutputStream out) {
    return new JobPostingFeedWriter(mapper, FeedFormat.JSON_ARRAY, out);
  }

  /**
   * Writes one posting.
   *
   * @param posting the posting
   * @throws IOException when writing fails
   * @throws IllegalStateException when the writer is closed
   */
  public void write(JobPosting posting) throws IOException {
    Objects.requireNonNull(posting, "posting");
    if (closed) {
      throw new IllegalStateException("the feed writer is closed");
    }
    byte[] json = writer.writeValueAsBytes(posting);
    if (format == FeedFormat.JSON_ARRAY) {
      out.write(written == 0 ? '[' : ',');
    }
    out.write(json);
    if (format == FeedFormat.NDJSON) {
      out.write(NEWLINE);
    }
    written++;
  }

  /** {@return how many postings have been written} */
  public long count() {
    return written;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Ends the feed (closing the array of a JSON array feed) and closes the output. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (OutputStream closing = out) {
      if (format == FeedFormat.JSON_ARRAY) {
        closing.write(written == 0 ? new byte[] {'[', ']'} : new byte[] {']'});
      }
    }
  }
}
