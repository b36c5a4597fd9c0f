package dev.jobposting.schemaorg.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads HTML into paragraphs and lists of items, the only structure Google's description keeps.
 * Headings, divisions and line breaks end a paragraph; ordered lists become lists; inline markup
 * keeps its text; scripts, styles and comments are dropped.
 */
public final class HtmlBlocks {

  /**
   * Every element the reader acts on, by the first letter of its name ({@code a} at 0); any other
   * tag only ends a run of text.
   */
  private static final Element[][] KNOWN = new Element[26][];

  static {
    List<Element> elements = Stream.of(
        elements(Role.BREAK, "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "section",
            "article", "header", "footer", "blockquote", "pre", "table", "tr", "td", "th", "hr",
            "dl", "dt", "dd", "main", "aside", "nav", "figure", "figcaption", "address", "form"),
        elements(Role.LIST, "ul", "ol", "menu"),
        elements(Role.ITEM, "li"),
        elements(Role.SKIPPED, "script", "style", "template", "noscript"))
        .flatMap(List::stream).toList();
    for (char letter = 'a'; letter <= 'z'; letter++) {
      char first = letter;
      KNOWN[letter - 'a'] = elements.stream().filter(e -> e.name().charAt(0) == first)
          .toArray(Element[]::new);
    }
  }

  /** What the reader does at an element's tags. */
  private enum Role {
    /** Ends a paragraph, or an item inside a list. */
    BREAK,
    /** Opens or closes a list. */
    LIST,
    /** Starts an item, and a list when none is open. */
    ITEM,
    /** Dropped with everything up to its end tag. */
    SKIPPED
  }

  /** An element the reader acts on: its name in lower case, and what the reader does. */
  private record Element(String name, Role role) {}

  private static List<Element> elements(Role role, String... names) {
    return Stream.of(names).map(name -> new Element(name, role)).toList();
  }

  /** A paragraph ({@code items} is empty) or a list of items ({@code text} is empty). */
  public record Block(String text, List<String> items) {

    /** {@return whether this is a list} */
    public boolean isList() {
      return !items.isEmpty();
    }
  }

  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private List<String> items = new ArrayList<>();
  private int listDepth;

  private HtmlBlocks() {}

  /**
   * Splits HTML into blocks.
   *
   * @param html markup, possibly broken
   * @return paragraphs and lists with decoded, white-space-collapsed text, in document order
   */
  public static List<Block> parse(String html) {
    List<Block> written = written(html);
    return written != null ? written : parseMarkup(html);
  }

  /** Splits any HTML into blocks with the general reader; {@link #parse} gives the same blocks. */
  static List<Block> parseMarkup(String html) {
    HtmlBlocks reader = new HtmlBlocks();
    reader.read(html);
    return List.copyOf(reader.blocks);
  }

  /**
   * Reads HTML in the form {@link DescriptionHtml} writes, as every exported description is:
   * {@code <p>} paragraphs and {@code <ul>} lists of {@code <li>} items with nothing between
   * them. Such HTML is split with the JDK's vectorised searches into the blocks the general
   * reader gives: a text without references reads as itself, and one with references is read
   * as the general reader reads it. The general reader, at a few nanoseconds per character, took
   * a third of importing an exported posting.
   *
   * @return the blocks, or null when the HTML is not in that form
   */
  static List<Block> written(String html) {
    if (hasCollapsingSpace(html)) {
      return null;
    }
    List<Block> blocks = new ArrayList<>();
    // Where the next '&' is (-1 when none is left), searched for again only once passed.
    int reference = html.indexOf('&');
    int i = 0;
    while (i < html.length()) {
      if (html.startsWith("<p>", i)) {
        int end = endOfText(html, i + 3, "</p>");
        if (reference >= 0 && reference < i) {
          reference = html.indexOf('&', i);
        }
        String text = end < 0 ? null : text(html, i + 3, end, reference >= 0 && reference < end);
        if (text == null) {
          return null;
        }
        blocks.add(new Block(text, List.of()));
        i = end + 4;
      } else if (html.startsWith("<ul>", i)) {
        List<String> items = new ArrayList<>();
        i += 4;
        while (html.startsWith("<li>", i)) {
          int end = endOfText(html, i + 4, "</li>");
          if (reference >= 0 && reference < i) {
            reference = html.indexOf('&', i);
          }
          String item = end < 0 ? null : text(html, i + 4, end, reference >= 0 && reference < end);
          if (item == null) {
            return null;
          }
          items.add(item);
          i = end + 5;
        }
        if (items.isEmpty() || !html.startsWith("</ul>", i)) {
          return null;
        }
        blocks.add(new Block("", List.copyOf(items)));
        i += 5;
      } else {
        return null;
      }
    }
    return List.copyOf(blocks);
  }

  /** Tells whether HTML holds white space that reading collapses, anywhere. */
  private static boolean hasCollapsingSpace(String html) {
    if (html.indexOf('\u00A0') >= 0 || html.contains("  ")) {
      return true;
    }
    for (char c = '\t'; c <= '\r'; c++) {
      if (html.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Finds the end tag that closes a text starting at {@code from}, with no other tag before it.
   *
   * @return where the end tag starts, or -1 when the text is empty, has ends that strip, holds a
   *     tag or is not closed by that end tag
   */
  private static int endOfText(String html, int from, String endTag) {
    int end = html.indexOf('<', from);
    if (end <= from || !html.startsWith(endTag, end)
        || Character.isWhitespace(html.charAt(from))
        || Character.isWhitespace(html.charAt(end - 1))) {
      return -1;
    }
    return end;
  }

  /**
   * Reads a text that holds no collapsing space and no tag, as the general reader would.
   *
   * @return the text, or null when reading leaves nothing of it
   */
  private static String text(String html, int from, int to, boolean hasReference) {
    if (!hasReference) {
      return html.substring(from, to);
    }
    StringBuilder decoded = new StringBuilder(to - from);
    HtmlEntities.decode(html, from, to, decoded);
    String text = collapseSpaces(decoded.toString()).strip();
    return text.isEmpty() ? null : text;
  }

  /**
   * Tells whether a text contains HTML tags.
   *
   * @param text any text
   * @return true when a start or end tag of a letter-named element appears
   */
  public static boolean hasTags(String text) {
    for (int i = text.indexOf('<'); i >= 0 && i + 1 < text.length(); i = text.indexOf('<', i + 1)) {
      char next = text.charAt(i + 1);
      if (isAsciiLetter(next) || next == '/' && i + 2 < text.length()
          && isAsciiLetter(text.charAt(i + 2))) {
        return true;
      }
    }
    return false;
  }

  private void read(String html) {
    int i = 0;
    int n = html.length();
    // Where the last search for '&' found one (n when there is none after it). A run of text
    // that ends before it holds none and is copied as it is; the search runs again only once a
    // run starts past it, so the whole description is searched once.
    int reference = -1;
    while (i < n) {
      char c = html.charAt(i);
      if (c != '<' || i + 1 >= n) {
        int next = html.indexOf('<', i + 1);
        int end = next < 0 ? n : next;
        if (reference < i) {
          reference = html.indexOf('&', i);
          reference = reference < 0 ? n : reference;
        }
        if (reference < end) {
          HtmlEntities.decode(html, i, end, text);
        } else {
          text.append(html, i, end);
        }
        i = end;
        continue;
      }
      if (html.startsWith("<!--", i)) {
        int close = html.indexOf("-->", i + 4);
        i = close < 0 ? n : close + 3;
        continue;
      }
      char next = html.charAt(i + 1);
      boolean closing = next == '/';
      int nameStart = closing ? i + 2 : i + 1;
      if (nameStart >= n || !isAsciiLetter(html.charAt(nameStart))) {
        if (next == '!' || next == '?') {
          int close = html.indexOf('>', i);
          i = close < 0 ? n : close + 1;
        } else {
          text.append('<');
          i++;
        }
        continue;
      }
      int nameEnd = nameStart;
      while (nameEnd < n && (Character.isLetterOrDigit(html.charAt(nameEnd)))) {
        nameEnd++;
      }
      Element element = known(html, nameStart, nameEnd);
      i = endOfTag(html, nameEnd);
      if (element == null) {
        continue;
      }
      if (!closing && element.role() == Role.SKIPPED) {
        int close = indexOfIgnoreCase(html, "</" + element.name(), i);
        i = close < 0 ? n : endOfTag(html, close + 2 + element.name().length());
        continue;
      }
      tag(element.role(), closing);
    }
    endParagraph();
    while (listDepth > 0) {
      tag(Role.LIST, true);
    }
  }

  /**
   * Finds the element a tag names among those the reader acts on without copying the name, as
   * reading a description is on the import's hot path and most of its tags are ignored anyway.
   * Only ASCII letters are folded, as HTML itself matches tag names; lower-casing the whole name,
   * as before, also turned the Kelvin sign (U+212A) into {@code k}, so that a "blockquote" spelt
   * with it counted as a block, which no browser does.
   *
   * @return the element, or null when the reader ignores the tag
   */
  private static Element known(String html, int start, int end) {
    // The caller has checked that the name starts with an ASCII letter.
    for (Element element : KNOWN[Character.toLowerCase(html.charAt(start)) - 'a']) {
      String name = element.name();
      if (name.length() == end - start && equalsAsciiIgnoreCase(html, start, name)) {
        return element;
      }
    }
    return null;
  }

  private static boolean equalsAsciiIgnoreCase(String html, int start, String lowerCase) {
    for (int i = 0; i < lowerCase.length(); i++) {
      char c = html.charAt(start + i);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != lowerCase.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Finds a text regardless of ASCII case.
   *
   * @param text where to search
   * @param needle what to find, in lower case
   * @param from the first index to look at
   * @return the index, or -1
   */
  public static int indexOfIgnoreCase(String text, String needle, int from) {
    for (int i = Math.max(0, from); i <= text.length() - needle.length(); i++) {
      if (text.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  private static int endOfTag(String html, int from) {
    int bracket = closingBracket(html, from);
    return bracket < 0 ? html.length() : bracket + 1;
  }

  /**
   * Finds the {@code >} that ends a tag, skipping quoted attribute values.
   *
   * @param html the markup
   * @param from where the tag's attributes begin
   * @return the index of the {@code >}, or -1 when the tag never ends
   */
  static int closingBracket(String html, int from) {
    char quote = 0;
    for (int i = from; i < html.length(); i++) {
      char c = html.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      }
    }
    return -1;
  }

  private void tag(Role role, boolean closing) {
    switch (role) {
      case LIST -> list(closing);
      case ITEM -> {
        if (listDepth == 0) {
          endParagraph();
          listDepth++;
        }
        endItem();
      }
      case BREAK -> {
        if (listDepth > 0) {
          endItem();
        } else {
          endParagraph();
        }
      }
      case SKIPPED -> {
        // An end tag without its start tag: nothing to drop.
      }
    }
  }

  private void list(boolean closing) {
    if (closing) {
      if (listDepth == 0) {
        return;
      }
      endItem();
      listDepth--;
      if (listDepth == 0 && !items.isEmpty()) {
        blocks.add(new Block("", List.copyOf(items)));
        items = new ArrayList<>();
      }
    } else {
      if (listDepth == 0) {
        endParagraph();
      } else {
        endItem();
      }
      listDepth++;
    }
  }

  private void endItem() {
    String item = collapse();
    if (!item.isEmpty()) {
      items.add(item);
    }
  }

  private void endParagraph() {
    if (listDepth > 0) {
      endItem();
      return;
    }
    String paragraph = collapse();
    if (!paragraph.isEmpty()) {
      blocks.add(new Block(paragraph, List.of()));
    }
  }

  private String collapse() {
    String collapsed = collapseSpaces(text.toString()).strip();
    text.setLength(0);
    return collapsed;
  }

  /**
   * Replaces every run of white space (space, tab, line feed, vertical tab, form feed, carriage
   * return) and no-break spaces (U+00A0) by one space, as {@code replaceAll("[\\s\\x{A0}]+", " ")}
   * would. A loop and not a regular expression, because the importer collapses every text of a
   * description, and the regular expression was its largest cost. It takes a {@code String}, not
   * any {@code CharSequence}, so that every character is read from one type.
   *
   * @param text any text
   * @return the collapsed text; the text itself when it has nothing to collapse
   */
  static String collapseSpaces(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && !startsCollapse(text, i)) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n).append(text, 0, i);
    while (i < n) {
      char c = text.charAt(i++);
      if (isSpace(c)) {
        out.append(' ');
        while (i < n && isSpace(text.charAt(i))) {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Tells whether collapsing changes the text at an index: not a lone plain space. */
  private static boolean startsCollapse(String text, int index) {
    char c = text.charAt(index);
    // Most characters are neither white space nor a no-break space: one comparison skips them.
    if (c > ' ' && c != '\u00A0') {
      return false;
    }
    return isSpace(c)
        && (c != ' ' || index + 1 < text.length() && isSpace(text.charAt(index + 1)));
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
