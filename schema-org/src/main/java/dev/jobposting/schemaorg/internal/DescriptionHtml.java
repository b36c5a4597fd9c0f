package dev.jobposting.schemaorg.internal;

import dev.jobposting.JobPosting;
import dev.jobposting.RichText;
import dev.jobposting.TextFormat;
import dev.jobposting.benefit.Benefit;
import dev.jobposting.employment.Employment;
import dev.jobposting.place.AdministrativeArea;
import dev.jobposting.requirement.Necessity;
import dev.jobposting.requirement.Requirement;
import dev.jobposting.workplace.WorkMode;
import dev.jobposting.workplace.Workplace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Writes the description Google shows: the posting's own description followed by its
 * responsibilities, requirements, benefits, working hours and remote or hybrid terms, because
 * Google displays nothing but {@code description}. Only {@code p}, {@code ul} and {@code li} are
 * written, and every text is escaped.
 */
public final class DescriptionHtml {

  private DescriptionHtml() {}

  /**
   * Composes the description.
   *
   * @param posting the posting
   * @return the HTML, empty when the posting has nothing to describe
   */
  public static Optional<String> of(JobPosting posting) {
    SectionTitles titles = SectionTitles.of(posting.language().orElse(null));
    // One builder, with every text escaped straight into it: a string per escaped item, per
    // section and per list of entries was most of the cost of composing, see the profile.
    StringBuilder html = new StringBuilder(capacity(posting));
    posting.description().ifPresent(d -> {
      if (d.format() == TextFormat.HTML && isWritten(d.text())) {
        html.append(d.text());
      } else {
        write(html, blocks(d));
      }
    });
    list(html, titles.responsibilities(), posting.responsibilities(), HtmlEntities::escape);
    list(html, titles.requirements(), posting.requirements(), (requirement, out) -> {
      HtmlEntities.escape(requirement.text(), out);
      if (requirement.necessity() == Necessity.PREFERRED) {
        HtmlEntities.escape(titles.preferredMark(), out);
      }
    });
    list(html, titles.benefits(), posting.benefits(),
        (benefit, out) -> HtmlEntities.escape(benefit.text(), out));
    posting.employment().flatMap(e -> hours(e, titles)).ifPresent(h -> {
      html.append("<p>");
      HtmlEntities.escape(titles.workHours(), html);
      html.append(": ");
      HtmlEntities.escape(h, html);
      html.append("</p>");
    });
    posting.workplace().flatMap(w -> workplace(w, titles)).ifPresent(w -> paragraph(html, w));
    return html.length() == 0 ? Optional.empty() : Optional.of(html.toString());
  }

  /**
   * Guesses the length of the description, so that the builder grows seldom: the texts, their
   * tags, and room for the titles and the closing sentences.
   */
  private static int capacity(JobPosting posting) {
    int length = 256 + posting.description().map(d -> d.text().length()).orElse(0);
    for (String responsibility : posting.responsibilities()) {
      length += responsibility.length() + 9;
    }
    for (Requirement requirement : posting.requirements()) {
      length += requirement.text().length() + 9;
    }
    for (Benefit benefit : posting.benefits()) {
      length += benefit.text().length() + 9;
    }
    return length;
  }

  /**
   * Tells whether an HTML description is already what reading and writing it would give: lower
   * case paragraphs alone, whose texts need no decoding, collapsing, stripping or escaping. Such
   * a description, as the reference posting's, is copied rather than parsed and written again.
   */
  private static boolean isWritten(String html) {
    int i = 0;
    while (i < html.length()) {
      if (!html.startsWith("<p>", i)) {
        return false;
      }
      int end = html.indexOf("</p>", i + 3);
      if (end < 0 || !isWrittenText(html, i + 3, end)) {
        return false;
      }
      i = end + 4;
    }
    return i > 0;
  }

  private static boolean isWrittenText(String html, int from, int to) {
    if (from == to || Character.isWhitespace(html.charAt(from))
        || Character.isWhitespace(html.charAt(to - 1))) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = html.charAt(i);
      // Control characters include the white space that collapses; '&' starts a reference;
      // the rest of "<>\"'" is escaped; a run of spaces and a no-break space collapse.
      if (c < ' ' || c == '&' || c == '<' || c == '>' || c == '"' || c == '\''
          || c == ' ' && html.charAt(i + 1) == ' ' || c == '\u00A0') {
        return false;
      }
    }
    return true;
  }

  /**
   * Converts a description to paragraphs and lists: plain text by lines, HTML by its blocks.
   *
   * @param text the description
   * @return the blocks
   */
  public static List<HtmlBlocks.Block> blocks(RichText text) {
    if (text.format() == TextFormat.HTML) {
      return HtmlBlocks.parse(text.text());
    }
    List<HtmlBlocks.Block> blocks = new ArrayList<>();
    String plain = text.text();
    int start = 0;
    // Split by hand, as split("\\R") ran a regular expression on every export. A CR LF pair
    // splits here into two lines with an empty one between, which is blank and skipped as well.
    for (int i = 0; i <= plain.length(); i++) {
      if (i == plain.length() || isLineTerminator(plain.charAt(i))) {
        String line = plain.substring(start, i);
        if (!line.isBlank()) {
          // Collapsed as HTML collapses it, so that the written description reads back as itself.
          blocks.add(new HtmlBlocks.Block(HtmlBlocks.collapseSpaces(line).strip(),
              List.of()));
        }
        start = i + 1;
      }
    }
    return blocks;
  }

  /** {@return whether {@code \R} ends a line at a character, as it does besides at CR LF} */
  private static boolean isLineTerminator(char c) {
    return c >= '\n' && c <= '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /**
   * Writes blocks as the exported description writes them.
   *
   * @param blocks paragraphs and lists
   * @return {@code p} and {@code ul} elements with escaped texts
   */
  static String html(List<HtmlBlocks.Block> blocks) {
    StringBuilder html = new StringBuilder();
    write(html, blocks);
    return html.toString();
  }

  private static void write(StringBuilder html, List<HtmlBlocks.Block> blocks) {
    for (HtmlBlocks.Block block : blocks) {
      if (block.isList()) {
        html.append("<ul>");
        for (String entry : block.items()) {
          item(html, entry);
        }
        html.append("</ul>");
      } else {
        paragraph(html, block.text());
      }
    }
  }

  static Optional<String> hours(Employment employment, SectionTitles titles) {
    List<String> parts = new ArrayList<>();
    employment.workHours().ifPresent(parts::add);
    employment.hoursPerWeek().ifPresent(h -> parts.add(hoursPerWeek(h, titles)));
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
  }

  static String hoursPerWeek(BigDecimal hours, SectionTitles titles) {
    return hours.stripTrailingZeros().toPlainString() + " " + titles.hoursPerWeek();
  }

  static Optional<String> workplace(Workplace workplace, SectionTitles titles) {
    if (workplace.mode() == WorkMode.REMOTE) {
      return Optional.of(titles.remoteSentence(areas(workplace, titles)));
    }
    if (workplace.mode() == WorkMode.HYBRID) {
      return Optional.of(titles.hybridSentence(workplace.onSiteDaysPerWeek()));
    }
    return Optional.empty();
  }

  static List<String> areas(Workplace workplace, SectionTitles titles) {
    List<String> areas = new ArrayList<>();
    for (AdministrativeArea area : workplace.applicantLocations()) {
      areas.add(area.isWorldwide() ? titles.worldwide() : area.toString());
    }
    return areas;
  }

  /**
   * Writes a titled list; each entry writes its own escaped text into the builder, so that no
   * entry needs a string of its own (a requirement adds its "preferred" mark).
   */
  private static <T> void list(StringBuilder html, String title, List<T> entries,
      BiConsumer<T, StringBuilder> entry) {
    if (!entries.isEmpty()) {
      html.append("<p>");
      HtmlEntities.escape(title, html);
      html.append(":</p><ul>");
      for (T each : entries) {
        html.append("<li>");
        entry.accept(each, html);
        html.append("</li>");
      }
      html.append("</ul>");
    }
  }

  private static void item(StringBuilder html, String entry) {
    html.append("<li>");
    HtmlEntities.escape(entry, html);
    html.append("</li>");
  }

  private static void paragraph(StringBuilder html, String text) {
    html.append("<p>");
    HtmlEntities.escape(text, html);
    html.append("</p>");
  }
}
