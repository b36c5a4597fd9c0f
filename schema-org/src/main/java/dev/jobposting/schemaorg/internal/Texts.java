package dev.jobposting.schemaorg.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the importer reads free text: character references are decoded (up to three times, for
 * double-encoded pages) and HTML markup is reduced to its words. A text that looks like markup is
 * read as markup; the README lists this among the losses of a round trip.
 */
public final class Texts {

  private static final int MAX_ROUNDS = 3;

  private Texts() {}

  /**
   * Decodes character references until none is left, the text turns into markup, or three rounds.
   *
   * @param text the text as found
   * @return the decoded text
   */
  public static String decode(String text) {
    String current = text;
    for (int round = 0; round < MAX_ROUNDS && current.indexOf('&') >= 0; round++) {
      if (round > 0 && HtmlBlocks.hasTags(current)) {
        break;
      }
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
    String decoded = decode(text);
    String plain = HtmlBlocks.hasTags(decoded) ? String.join(" ", items(decoded)) : decoded.strip();
    return plain.isEmpty() ? Optional.empty() : Optional.of(plain);
  }

  /**
   * Reads a text that may hold a list: one text per HTML paragraph or list item.
   *
   * @param text the text as found
   * @return the texts, none of them blank
   */
  public static List<String> items(String text) {
    String decoded = decode(text);
    List<String> items = new ArrayList<>();
    if (!HtmlBlocks.hasTags(decoded)) {
      if (!decoded.isBlank()) {
        items.add(decoded.strip());
      }
      return items;
    }
    for (HtmlBlocks.Block block : HtmlBlocks.parse(decoded)) {
      if (block.isList()) {
        items.addAll(block.items());
      } else {
        items.add(block.text());
      }
    }
    return items;
  }
}
