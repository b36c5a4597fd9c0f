package dev.jobposting.schemaorg;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.jobposting.JobPosting;
import dev.jobposting.schemaorg.internal.PostingWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes a {@link JobPosting} as schema.org {@code JobPosting} JSON-LD the way Google for Jobs
 * reads it: {@code @context} {@code https://schema.org}, ISO 8601 dates, {@code baseSalary} as a
 * {@code MonetaryAmount} holding a {@code QuantitativeValue}, Google's {@code employmentType}
 * values, {@code TELECOMMUTE} with {@code applicantLocationRequirements} only for fully remote
 * work, and a description in HTML ({@code p}, {@code ul}, {@code li}) that also carries the
 * responsibilities, requirements, benefits and working hours, since Google shows nothing else.
 *
 * <p>The module README has the full mapping table, with what each property loses. To put the
 * result in a page, use {@link JsonLdScript}, which escapes what plain JSON does not.
 *
 * <pre>{@code
 * JsonLdExporter exporter = JsonLdExporter.create();
 * String json = exporter.toJson(posting);
 * ObjectNode tree = exporter.toTree(posting);
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class JsonLdExporter {

  private static final JsonLdExporter INSTANCE = new JsonLdExporter(JsonMapper.builder()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      // Amounts keep their scale in trees as in text ("50000.00" stays so).
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .addModule(new SimpleModule("jobposting-json-ld").addSerializer(JobPosting.class,
          new StdSerializer<>(JobPosting.class) {
            @Override
            public void serialize(JobPosting posting, JsonGenerator generator,
                SerializerProvider provider) throws IOException {
              PostingWriter.write(posting, generator);
            }
          }))
      .build());

  private final ObjectMapper mapper;

  private JsonLdExporter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** {@return the exporter} */
  public static JsonLdExporter create() {
    return INSTANCE;
  }

  /**
   * Builds the JSON-LD tree.
   *
   * @param posting the posting
   * @return a new, mutable {@code JobPosting} object that the caller may extend
   */
  public ObjectNode toTree(JobPosting posting) {
    return mapper.valueToTree(Objects.requireNonNull(posting, "posting"));
  }

  /**
   * Writes the JSON-LD as a compact string.
   *
   * @param posting the posting
   * @return the JSON text
   */
  public String toJson(JobPosting posting) {
    Objects.requireNonNull(posting, "posting");
    try {
      return mapper.writeValueAsString(posting);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the JSON-LD as UTF-8 to a stream, leaving the stream open.
   *
   * @param posting the posting
   * @param out where to write
   * @throws IOException when the stream fails
   */
  public void write(JobPosting posting, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    mapper.writeValue(out, Objects.requireNonNull(posting, "posting"));
  }

  /**
   * Writes the JSON-LD to a writer, leaving the writer open.
   *
   * @param posting the posting
   * @param out where to write
   * @throws IOException when the writer fails
   */
  public void write(JobPosting posting, Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    mapper.writeValue(out, Objects.requireNonNull(posting, "posting"));
  }

  /** {@return a writer of postings and trees as this exporter writes them} */
  ObjectWriter writer() {
    return mapper.writer();
  }
}
