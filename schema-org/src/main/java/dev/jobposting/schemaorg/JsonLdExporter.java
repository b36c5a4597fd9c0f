package dev.jobposting.schemaorg;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
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
   * Builds the JSON-LD tree. This writes the JSON-LD into a buffer and reads the tree from it:
   * prefer {@link #toJson} or {@code write} when the text is all that is needed.
   *
   * @param posting the posting
   * @return a new, mutable {@code JobPosting} object that the caller may extend
   */
  public ObjectNode toTree(JobPosting posting) {
    Objects.requireNonNull(posting, "posting");
    try (TokenBuffer buffer = new TokenBuffer(mapper, false)) {
      PostingWriter.write(posting, buffer);
      return mapper.readTree(buffer.asParser());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the JSON-LD as a compact string.
   *
   * @param posting the posting
   * @return the JSON text
   */
  public String toJson(JobPosting posting) {
    Objects.requireNonNull(posting, "posting");
    return text(null, generator -> PostingWriter.write(posting, generator));
  }

  /**
   * Writes the JSON-LD as UTF-8 to a stream, and flushes it but leaves it open.
   *
   * @param posting the posting
   * @param out where to write
   * @throws IOException when the stream fails
   */
  public void write(JobPosting posting, OutputStream out) throws IOException {
    Objects.requireNonNull(posting, "posting");
    try (JsonGenerator generator = mapper.createGenerator(Objects.requireNonNull(out, "out"))) {
      PostingWriter.write(posting, generator);
    }
  }

  /**
   * Writes the JSON-LD to a writer, and flushes it but leaves it open.
   *
   * @param posting the posting
   * @param out where to write
   * @throws IOException when the writer fails
   */
  public void write(JobPosting posting, Writer out) throws IOException {
    Objects.requireNonNull(posting, "posting");
    try (JsonGenerator generator = generator(Objects.requireNonNull(out, "out"))) {
      PostingWriter.write(posting, generator);
    }
  }

  /** {@return a generator with this exporter's settings: plain decimals, the writer left open} */
  JsonGenerator generator(Writer out) throws IOException {
    return mapper.createGenerator(out);
  }

  /**
   * Writes to a string what some content writes to a generator of this exporter's settings.
   *
   * @param escapes the generator's character escapes, or null for JSON's own
   * @param content what to write
   * @return the JSON text
   */
  String text(CharacterEscapes escapes, Content content) {
    // Jackson's own string writer, on the factory's recycled buffers, as ObjectMapper's
    // writeValueAsString uses it: a StringWriter or a fresh array made the export a fifth slower.
    BufferRecycler buffers = mapper.getFactory()._getBufferRecycler();
    try (SegmentedStringWriter out = new SegmentedStringWriter(buffers)) {
      try (JsonGenerator generator = generator(out)) {
        if (escapes != null) {
          generator.setCharacterEscapes(escapes);
        }
        content.writeTo(generator);
      }
      return out.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      buffers.releaseToPool();
    }
  }

  /** Writes a posting, or any JSON, to a generator. */
  @FunctionalInterface
  interface Content {
    void writeTo(JsonGenerator generator) throws IOException;
  }
}
