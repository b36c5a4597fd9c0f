package dev.jobposting.schemaorg.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the importer reads free text: character references are decoded however often they were
 * encoded, and HTML markup is reduced to its words, until neither is left. A text that looks like
 * markup is read as markup; the README lists this among the losses of a round trip. Reading is
 * idempotent: what it returns reads back as itself.
 */
public final class Texts {

  /** Each round removes markup or references; real texts need one or two. */
  private static final int MAX_ROUNDS = 16;

  private Texts() {}

  /**
   * Decodes character references, however often encoded.
   *
   * @param text the text as found
   * @return the decoded text
   */
  public static String decode(String text) {
    return HtmlEntities.decodeFully(text);
  }

  /**
   * Undoes the entity encoding some pages put around HTML ({@code &lt;p&gt;}), one layer at a
   * time until markup appears, so that references inside the markup keep their HTML meaning.
   *
   * @param text an HTML text, possibly entity-encoded once or twice
   * @return the markup
   */
  public static String unwrapHtml(String text) {
    String current = text;
    for (int round = 0; round < 3 && !HtmlBlocks.hasTags(current); round++) {
      String decoded = HtmlEntities.decode(current);
      if (decoded.equals(current)) {
        break;
      }
      current = decoded;
    }
    return current;
  }

  /**
   * Reads one text.
   *
   * @param text the text as found
   * @return the decoded text without markup, stripped; empty when nothing is left
   */
  public static Optional<String> plain(String text) {
    String current = text;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      String decoded = decode(current);
      if (!HtmlBlocks.hasTags(decoded)) {
        return nonBlank(decoded);
      }
      List<String> words = new ArrayList<>();
      for (HtmlBlocks.Block block : HtmlBlocks.parse(decoded)) {
        words.add(block.isList() ? String.join(" ", block.items()) : block.text());
      }
      current = String.join(" ", words);
    }
    // Markup nested deeper than any page writes: without '<' and '&' nothing can be read again.
    return nonBlank(current.replace("<", "").replace("&", ""));
  }

  /**
   * Reads a text that may hold a list: one text per HTML paragraph or list item.
   *
   * @param text the text as found
   * @return the texts, none of them blank, each one read as {@link #plain(String)} reads it; a
   *     list not to be changed
   */
  public static List<String> items(String text) {
    String decoded = decode(text);
    if (!HtmlBlocks.hasTags(decoded)) {
      return plain(decoded).map(List::of).orElse(List.of());
    }
    List<String> items = new ArrayList<>();
    for (HtmlBlocks.Block block : HtmlBlocks.parse(decoded)) {
      for (String item : block.isList() ? block.items() : List.of(block.text())) {
        Optional<String> read = plain(item);
        if (read.isPresent()) {
          items.add(read.get());
        }
      }
    }
    return items;
  }

  private static Optional<String> nonBlank(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
  }
}
