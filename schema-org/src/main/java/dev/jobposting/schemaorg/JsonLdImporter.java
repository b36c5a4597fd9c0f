package dev.jobposting.schemaorg;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jobposting.JobPosting;
import dev.jobposting.schemaorg.internal.Issues;
import dev.jobposting.schemaorg.internal.PostingFinder;
import dev.jobposting.schemaorg.internal.ScriptExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads schema.org {@code JobPosting} JSON-LD as real pages write it, into postings plus a list of
 * every value that was normalised, guessed or dropped on the way.
 *
 * <p>It finds postings in a single object, a top-level array, {@code @graph}, an
 * {@code ItemList}, or nested anywhere; accepts {@code @type} arrays, a missing
 * {@code @context}, references by {@code @id} and untyped nested objects; and reads values
 * leniently: numbers, booleans and dates as strings, non-ISO dates, entity-encoded HTML, country
 * names, employment types in many languages, salaries as text or without a unit, and the
 * superseded {@code benefits} and {@code incentives}. The module README lists every rule.
 *
 * <pre>{@code
 * ImportResult result = JsonLdImporter.create().read(json);
 * result.postings().forEach(p -> System.out.println(p.title()));
 * result.issues().forEach(System.out::println); // $.datePosted NORMALISED: read '1/2/15' as ...
 * }</pre>
 *
 * <p>Well-formed JSON never makes it throw: a posting that breaks an invariant is left out with
 * an issue, and so is any part of one that cannot be read. Malformed JSON throws one {@link
 * JsonLdSyntaxException} naming the line and column. JSON strings may hold raw control
 * characters, which pages often do. Instances are immutable and safe to share between threads.
 */
public final class JsonLdImporter {

  private static final JsonLdImporter INSTANCE = new JsonLdImporter();

  private final ObjectMapper mapper = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private JsonLdImporter() {}

  /** {@return the importer} */
  public static JsonLdImporter create() {
    return INSTANCE;
  }

  /**
   * Reads a JSON-LD document.
   *
   * @param json the JSON text, such as the content of one script element
   * @return the postings and issues
   * @throws JsonLdSyntaxException when the text is not well-formed JSON
   */
  public ImportResult read(String json) {
    Objects.requireNonNull(json, "json");
    return read(parse(json), "");
  }

  /**
   * Reads a JSON-LD document from a stream, detecting its Unicode encoding.
   *
   * @param json the JSON bytes; the stream is read to its end but not closed
   * @return the postings and issues
   * @throws JsonLdSyntaxException when the bytes are not well-formed JSON
   * @throws UncheckedIOException when the stream fails
   */
  public ImportResult read(InputStream json) {
    Objects.requireNonNull(json, "json");
    try {
      JsonNode tree = mapper.readTree(json);
      return read(requireValue(tree), "");
    } catch (JsonProcessingException e) {
      throw syntaxError(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a JSON-LD document that is already parsed. Never throws for any tree.
   *
   * @param jsonLd the document
   * @return the postings and issues
   */
  public ImportResult read(JsonNode jsonLd) {
    return read(Objects.requireNonNull(jsonLd, "jsonLd"), "");
  }

  /**
   * Reads the JSON-LD of an HTML page: the content of every {@code <script
   * type="application/ld+json">} element. One malformed script does not spoil the others: it is
   * reported as a {@link IssueKind#DROPPED} issue at {@code script[N]} with the syntax error.
   *
   * @param html the page
   * @return the postings of all scripts, in page order, and their issues, their paths prefixed
   *     by {@code script[N]} (counting from 0)
   */
  public ImportResult readHtml(String html) {
    Objects.requireNonNull(html, "html");
    return readScripts(ScriptExtractor.scripts(html));
  }

  /**
   * Reads the contents of several script elements, as {@link #readHtml(String)} does, for
   * callers that extract scripts with their own HTML parser.
   *
   * @param scripts the contents of the {@code application/ld+json} script elements
   * @return the postings and issues; a malformed script is an issue, not an exception
   */
  public ImportResult readScripts(List<String> scripts) {
    List<JobPosting> postings = new ArrayList<>();
    List<ImportIssue> issues = new ArrayList<>();
    for (int i = 0; i < scripts.size(); i++) {
      String prefix = "script[" + i + "]";
      try {
        ImportResult result = read(parse(scripts.get(i)), prefix);
        postings.addAll(result.postings());
        issues.addAll(result.issues());
      } catch (JsonLdSyntaxException e) {
        issues.add(new ImportIssue(prefix, IssueKind.DROPPED, e.getMessage()));
      }
    }
    return new ImportResult(postings, issues);
  }

  private ImportResult read(JsonNode tree, String prefix) {
    Issues issues = new Issues(prefix);
    return new ImportResult(PostingFinder.read(tree, issues), issues.list());
  }

  private JsonNode parse(String json) {
    try {
      return requireValue(mapper.readTree(json));
    } catch (JsonProcessingException e) {
      throw syntaxError(e);
    }
  }

  private static JsonNode requireValue(JsonNode tree) {
    if (tree == null || tree.isMissingNode()) {
      throw new JsonLdSyntaxException("no JSON value in the input", 1, 1, null);
    }
    return tree;
  }

  private static JsonLdSyntaxException syntaxError(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    long line = location == null ? -1 : location.getLineNr();
    long column = location == null ? -1 : location.getColumnNr();
    return new JsonLdSyntaxException(e.getOriginalMessage(), line, column, e);
  }
}
