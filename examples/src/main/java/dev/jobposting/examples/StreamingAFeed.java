package dev.jobposting.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jobposting.JobPosting;
import dev.jobposting.jackson.FeedErrorHandler;
import dev.jobposting.jackson.JobPostingFeed;
import dev.jobposting.jackson.JobPostingFeedReader;
import dev.jobposting.jackson.JobPostingFeedWriter;
import dev.jobposting.jackson.JobPostingModule;
import dev.jobposting.testkit.PostingGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a feed of postings as NDJSON, one at a time, then reads it back one at a time, skipping
 * a broken record and saying where it was.
 */
public final class StreamingAFeed {

  private StreamingAFeed() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   * @throws IOException never, for the example's in-memory feed
   */
  public static void main(String[] args) throws IOException {
    run(System.out);
  }

  static void run(PrintStream out) throws IOException {
    ObjectMapper mapper = JsonMapper.builder().addModule(new JobPostingModule()).build();
    PostingGenerator generator = PostingGenerator.withSeed(2026);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JobPostingFeedWriter writer = JobPostingFeedWriter.ndjson(mapper, bytes)) {
      for (int i = 0; i < 1_000; i++) {
        writer.write(generator.next());
      }
      out.println("Wrote " + writer.count() + " postings");
    }
    String feed = bytes.toString(StandardCharsets.UTF_8) + "{\"title\":\"\"}\n";

    JobPostingFeedReader reader = JobPostingFeedReader.ndjson(mapper)
        .withErrorHandler(FeedErrorHandler.skip(error ->
            out.println("Skipped " + error.getMessage())));
    int read = 0;
    try (JobPostingFeed postings =
        reader.read(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)))) {
      while (postings.hasNext()) {
        JobPosting posting = postings.next();
        read++;
        if (read == 1) {
          out.println("First: " + posting.title());
        }
      }
    }
    out.println("Read " + read + " postings");
  }
}
