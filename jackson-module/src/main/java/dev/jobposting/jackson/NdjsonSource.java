package dev.jobposting.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.jobposting.JobPosting;
import java.io.IOException;

/** Reads NDJSON one line at a time, so that a bad line, even malformed, can be skipped. */
final class NdjsonSource implements RecordSource {

  private final ObjectReader reader;
  private final NdjsonLines lines;

  NdjsonSource(ObjectReader reader, NdjsonLines lines) {
    this.reader = reader;
    this.lines = lines;
  }

  @Override
  public JobPosting next() throws IOException {
    while (lines.next()) {
      if (!lines.isBlank()) {
        return read();
      }
    }
    return null;
  }

  private JobPosting read() throws IOException {
    JobPosting posting;
    try {
      posting = lines.read(reader);
    } catch (JsonProcessingException e) {
      throw RecordErrors.of(FeedFormat.NDJSON, lines.number(), e, true);
    }
    if (posting == null) {
      throw RecordErrors.of(FeedFormat.NDJSON, lines.number(),
          "expected a JobPosting object, got null", true);
    }
    return posting;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
