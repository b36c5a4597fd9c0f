package dev.jobposting.jackson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the canonical format, shipped in this module's jar. Give it
 * to other languages' validators or to API documentation; it describes exactly what {@link
 * JobPostingModule} writes and accepts (apart from the core invariants that span several
 * properties, such as a pay minimum not above its maximum).
 *
 * <pre>{@code
 * String schema = JobPostingSchema.text();
 * }</pre>
 */
public final class JobPostingSchema {

  /** The schema's location in the jar, as a class-path resource name. */
  public static final String RESOURCE = "dev/jobposting/jackson/jobposting.schema.json";

  /** The schema's {@code $id}. */
  public static final String ID = "https://jobposting.dev/schema/jobposting.schema.json";

  private JobPostingSchema() {}

  /**
   * Opens the schema.
   *
   * @return a stream of the schema's UTF-8 bytes, to be closed by the caller
   */
  public static InputStream open() {
    InputStream in = JobPostingSchema.class.getResourceAsStream("jobposting.schema.json");
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " is missing from the class path");
    }
    return in;
  }

  /** {@return the schema as text} */
  public static String text() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
