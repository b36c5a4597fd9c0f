package dev.jobposting.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jobposting.jackson.JobPostingModule;
import dev.jobposting.testkit.PostingGenerator;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/** What the benchmarks share: the library's mapper, the reference day and the feed's postings. */
public final class Fixtures {

  /** The day every validation runs on, so that results do not depend on the calendar. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

  private Fixtures() {}

  /**
   * {@return a generator of the feed's postings} The feed benchmark writes them to a file; the
   * validation benchmark validates the same ones one at a time.
   */
  public static PostingGenerator feedPostings() {
    return PostingGenerator.withSeed(20261127L);
  }

  /** {@return a mapper with the library's module} */
  public static ObjectMapper libraryMapper() {
    return JsonMapper.builder().addModule(new JobPostingModule()).build();
  }

  /**
   * Writes a value with a mapper.
   *
   * @param mapper the mapper
   * @param value the value
   * @return the compact JSON
   */
  public static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
