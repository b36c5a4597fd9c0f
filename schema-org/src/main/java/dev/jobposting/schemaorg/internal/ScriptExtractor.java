package dev.jobposting.schemaorg.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the content of every {@code <script type="application/ld+json">} element out of an HTML
 * page, as an HTML parser would: case-insensitive tags, quoted attributes, comments skipped, the
 * content running to the first {@code </script}. The CDATA and comment wrappers some pages put
 * around the JSON are removed.
 */
public final class ScriptExtractor {

  private static final Pattern TYPE = Pattern.compile(
      "(?i)(?:^|\\s)type\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");

  private ScriptExtractor() {}

  /**
   * Finds the JSON-LD scripts.
   *
   * @param html the page
   * @return the scripts' contents, in page order
   */
  public static List<String> scripts(String html) {
    List<String> scripts = new ArrayList<>();
    int i = 0;
    int comment = -1;
    int script = -1;
    while (i < html.length()) {
      // Both searches are kept until passed, so a page of many scripts is scanned once.
      if (comment != Integer.MAX_VALUE && comment < i) {
        comment = html.indexOf("<!--", i);
        comment = comment < 0 ? Integer.MAX_VALUE : comment;
      }
      if (script < i) {
        script = HtmlBlocks.indexOfIgnoreCase(html, "<script", i);
      }
      if (script < 0) {
        break;
      }
      if (comment < script) {
        int end = html.indexOf("-->", comment + 4);
        i = end < 0 ? html.length() : end + 3;
        continue;
      }
      int nameEnd = script + "<script".length();
      if (nameEnd < html.length() && !isTagNameEnd(html.charAt(nameEnd))) {
        i = nameEnd;
        continue;
      }
      int tagEnd = HtmlBlocks.closingBracket(html, nameEnd);
      if (tagEnd < 0) {
        break;
      }
      String attributes = html.substring(nameEnd, tagEnd);
      int close = HtmlBlocks.indexOfIgnoreCase(html, "</script", tagEnd + 1);
      int contentEnd = close < 0 ? html.length() : close;
      if (isJsonLd(attributes)) {
        scripts.add(unwrap(html.substring(tagEnd + 1, contentEnd)));
      }
      i = contentEnd;
    }
    return scripts;
  }

  private static boolean isTagNameEnd(char c) {
    return Character.isWhitespace(c) || c == '>' || c == '/';
  }

  private static boolean isJsonLd(String attributes) {
    Matcher m = TYPE.matcher(attributes);
    if (!m.find()) {
      return false;
    }
    String type = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    int parameters = type.indexOf(';');
    if (parameters >= 0) {
      type = type.substring(0, parameters);
    }
    return type.strip().toLowerCase(Locale.ROOT).equals("application/ld+json");
  }

  private static String unwrap(String content) {
    String text = content.strip();
    for (String[] wrapper : new String[][] {{"<!--", "-->"}, {"//<![CDATA[", "//]]>"},
        {"/*<![CDATA[*/", "/*]]>*/"}, {"<![CDATA[", "]]>"}}) {
      if (text.startsWith(wrapper[0]) && text.endsWith(wrapper[1])
          && text.length() >= wrapper[0].length() + wrapper[1].length()) {
        text = text.substring(wrapper[0].length(), text.length() - wrapper[1].length()).strip();
      }
    }
    return text;
  }
}
