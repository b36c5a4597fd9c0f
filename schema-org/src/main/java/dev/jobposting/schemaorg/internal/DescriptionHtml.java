package dev.jobposting.schemaorg.internal;

import dev.jobposting.JobPosting;
import dev.jobposting.RichText;
import dev.jobposting.TextFormat;
import dev.jobposting.benefit.Benefit;
import dev.jobposting.employment.Employment;
import dev.jobposting.requirement.Necessity;
import dev.jobposting.requirement.Requirement;
import dev.jobposting.workplace.WorkMode;
import dev.jobposting.workplace.Workplace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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
    StringBuilder html = new StringBuilder();
    posting.description().ifPresent(d -> body(html, d));
    list(html, titles.responsibilities(), posting.responsibilities());
    list(html, titles.requirements(), posting.requirements().stream()
        .map(r -> requirement(r, titles)).collect(Collectors.toList()));
    list(html, titles.benefits(), posting.benefits().stream().map(Benefit::text)
        .collect(Collectors.toList()));
    posting.employment().flatMap(e -> hours(e, titles))
        .ifPresent(h -> paragraph(html, titles.workHours() + ": " + h));
    posting.workplace().flatMap(w -> workplace(w, titles)).ifPresent(w -> paragraph(html, w));
    return html.length() == 0 ? Optional.empty() : Optional.of(html.toString());
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
    for (String line : text.text().split("\\R")) {
      if (!line.isBlank()) {
        // Collapsed as HTML collapses it, so that the written description reads back as itself.
        blocks.add(new HtmlBlocks.Block(HtmlBlocks.collapseSpaces(line).strip(),
            List.of()));
      }
    }
    return blocks;
  }

  private static void body(StringBuilder html, RichText description) {
    html.append(html(blocks(description)));
  }

  /**
   * Writes blocks as the exported description writes them.
   *
   * @param blocks paragraphs and lists
   * @return {@code p} and {@code ul} elements with escaped texts
   */
  static String html(List<HtmlBlocks.Block> blocks) {
    StringBuilder html = new StringBuilder();
    for (HtmlBlocks.Block block : blocks) {
      if (block.isList()) {
        items(html, block.items());
      } else {
        paragraph(html, block.text());
      }
    }
    return html.toString();
  }

  static String requirement(Requirement requirement, SectionTitles titles) {
    return requirement.necessity() == Necessity.PREFERRED
        ? requirement.text() + " (" + titles.preferred() + ")" : requirement.text();
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
    return workplace.applicantLocations().stream()
        .map(a -> a.isWorldwide() ? titles.worldwide() : a.toString())
        .collect(Collectors.toList());
  }

  private static void list(StringBuilder html, String title, List<String> entries) {
    if (!entries.isEmpty()) {
      paragraph(html, title + ":");
      items(html, entries);
    }
  }

  private static void items(StringBuilder html, List<String> entries) {
    html.append("<ul>");
    for (String entry : entries) {
      html.append("<li>").append(HtmlEntities.escape(entry)).append("</li>");
    }
    html.append("</ul>");
  }

  private static void paragraph(StringBuilder html, String text) {
    html.append("<p>").append(HtmlEntities.escape(text)).append("</p>");
  }
}
