package dev.jobposting.schemaorg;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jobposting.JobPosting;
import dev.jobposting.schemaorg.internal.PostingWriter;
import dev.jobposting.schemaorg.internal.ScriptEscapes;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes the {@code <script type="application/ld+json">} element that embeds JSON-LD in an HTML
 * page, so that no text in the posting can end the element or open a comment: inside JSON strings
 * {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are written as {@code \u003C}-style escapes,
 * which JSON parsers read back as the same characters.
 *
 * <pre>{@code
 * String element = JsonLdScript.element(posting);
 * // <script type="application/ld+json">{"@context":"https://schema.org",...}</script>
 * }</pre>
 */
public final class JsonLdScript {

  /** The start tag this class writes. */
  public static final String START_TAG = "<script type=\"application/ld+json\">";

  /** The end tag this class writes. */
  public static final String END_TAG = "</script>";

  private static final ScriptEscapes ESCAPES = new ScriptEscapes();

  private JsonLdScript() {}

  /**
   * Exports a posting and wraps it in a script element.
   *
   * @param posting the posting
   * @return the element, ready to put in a page's head or body
   */
  public static String element(JobPosting posting) {
    Objects.requireNonNull(posting, "posting");
    return START_TAG
        + JsonLdExporter.create().text(ESCAPES, generator -> PostingWriter.write(posting, generator))
        + END_TAG;
  }

  /**
   * Wraps any JSON-LD tree in a script element, for callers that add their own properties.
   *
   * @param jsonLd the JSON-LD
   * @return the element
   */
  public static String element(JsonNode jsonLd) {
    return START_TAG + scriptContent(jsonLd) + END_TAG;
  }

  /**
   * Writes a script element to a writer, leaving the writer open.
   *
   * @param jsonLd the JSON-LD
   * @param out where to write
   * @throws IOException when the writer fails
   */
  public static void writeElement(JsonNode jsonLd, Writer out) throws IOException {
    out.write(START_TAG);
    out.write(scriptContent(jsonLd));
    out.write(END_TAG);
  }

  /**
   * Writes JSON that is safe as the content of a script element, without the tags.
   *
   * @param jsonLd the JSON-LD
   * @return compact JSON with {@code < > &} U+2028 U+2029 escaped inside strings
   */
  public static String scriptContent(JsonNode jsonLd) {
    Objects.requireNonNull(jsonLd, "jsonLd");
    return JsonLdExporter.create().text(ESCAPES, generator -> generator.writeTree(jsonLd));
  }
}
