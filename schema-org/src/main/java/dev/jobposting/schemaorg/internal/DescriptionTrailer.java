package dev.jobposting.schemaorg.internal;

import dev.jobposting.InvariantViolationException;
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
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Takes off an imported description the closing blocks {@link DescriptionHtml} writes after the
 * posting's own text, so that exporting, importing and exporting again gives the same document.
 * A block is taken off only when exporting the imported posting writes it again word for word;
 * the blocks give back what the JSON-LD fields cannot carry: the order and necessity of the
 * requirements, the hours per week, and hybrid work with its days on site.
 */
final class DescriptionTrailer {

  private final SectionTitles titles;
  private final List<HtmlBlocks.Block> blocks;
  /** The paragraphs' texts as the importer reads fields, each read when first compared. */
  private final String[] paragraphsAsRead;
  private final List<String> removed = new ArrayList<>();
  private JobPosting posting;
  private int end;

  private DescriptionTrailer(JobPosting posting, List<HtmlBlocks.Block> blocks) {
    this.posting = posting;
    this.blocks = blocks;
    this.paragraphsAsRead = new String[blocks.size()];
    this.end = blocks.size();
    this.titles = SectionTitles.of(posting.language().orElse(null));
  }

  /**
   * Strips the exporter's closing blocks from a posting's description.
   *
   * @param posting the posting as read
   * @param path where the description was found, for the issue
   * @param issues where to report what was taken off
   * @return the posting with the blocks taken off and what they alone carried restored
   */
  static JobPosting strip(JobPosting posting, String path, Issues issues) {
    Optional<RichText> description = posting.description();
    if (description.isEmpty() || description.get().format() != TextFormat.HTML) {
      return posting;
    }
    DescriptionTrailer trailer =
        new DescriptionTrailer(posting, HtmlBlocks.parse(description.get().text()));
    trailer.strip();
    if (trailer.removed.isEmpty()) {
      return posting;
    }
    List<HtmlBlocks.Block> rest = trailer.blocks.subList(0, trailer.end);
    issues.normalised(path, "left out the closing " + String.join(", ", trailer.removed)
        + " that repeat the posting's own fields");
    return rest.isEmpty() ? trailer.posting.withDescription(Optional.empty())
        : trailer.posting.withDescription(RichText.html(DescriptionHtml.html(rest)));
  }

  private void strip() {
    workplace();
    hours();
    list(titles.benefits(), posting.benefits().stream().map(Benefit::text)
        .collect(Collectors.toList()), "benefits");
    requirements();
    list(titles.responsibilities(), posting.responsibilities(), "responsibilities");
  }

  private void workplace() {
    Optional<String> last = paragraph(end - 1);
    if (last.isEmpty()) {
      return;
    }
    Optional<Workplace> workplace = posting.workplace();
    if (workplace.filter(w -> w.mode() == WorkMode.REMOTE).isPresent()
        && last.get().equals(read(DescriptionHtml.workplace(workplace.get(), titles).get()))) {
      take(1, "remote statement");
      return;
    }
    if (workplace.isPresent() && workplace.get().mode() != WorkMode.ON_SITE) {
      return;
    }
    Optional<Optional<Integer>> days = onSiteDays(last.get());
    if (days.isEmpty()) {
      return;
    }
    Workplace.Builder hybrid = Workplace.builder();
    workplace.ifPresent(hybrid::from);
    try {
      Workplace restored = hybrid.mode(WorkMode.HYBRID).onSiteDaysPerWeek(days.get()).build();
      posting = posting.withWorkplace(restored);
      take(1, "hybrid statement");
    } catch (InvariantViolationException e) {
      // Not a statement this exporter wrote; the description keeps it.
    }
  }

  /** Reads the hybrid statement: empty when the text is none, else the days it names, if any. */
  private Optional<Optional<Integer>> onSiteDays(String text) {
    for (int days = 0; days <= 6; days++) {
      Optional<Integer> named = days == 0 ? Optional.empty() : Optional.of(days);
      if (text.equals(read(titles.hybridSentence(named)))) {
        return Optional.of(named);
      }
    }
    return Optional.empty();
  }

  private void hours() {
    Optional<String> last = paragraph(end - 1);
    String title = titles.workHours() + ": ";
    if (last.isEmpty() || !last.get().startsWith(title)) {
      return;
    }
    String text = last.get().substring(title.length());
    Optional<Employment> employment = posting.employment();
    if (employment.flatMap(e -> DescriptionHtml.hours(e, titles)).map(DescriptionTrailer::read)
        .filter(text::equals).isPresent()) {
      take(1, "working hours");
      return;
    }
    if (employment.flatMap(Employment::hoursPerWeek).isPresent()) {
      return;
    }
    String prefix = employment.flatMap(Employment::workHours).map(w -> read(w) + "; ")
        .orElse("");
    String suffix = " " + titles.hoursPerWeek();
    if (!text.startsWith(prefix) || !text.endsWith(suffix)
        || text.length() <= prefix.length() + suffix.length()) {
      return;
    }
    try {
      BigDecimal hours = new BigDecimal(text.substring(prefix.length(),
          text.length() - suffix.length()));
      Employment restored = employment.map(e -> e.withHoursPerWeek(hours))
          .orElseGet(() -> Employment.builder().hoursPerWeek(hours).build());
      if (DescriptionHtml.hours(restored, titles).map(DescriptionTrailer::read)
          .filter(text::equals).isPresent()) {
        posting = posting.withEmployment(restored);
        take(1, "working hours");
      }
    } catch (NumberFormatException | InvariantViolationException e) {
      // Not hours this exporter wrote; the description keeps them.
    }
  }

  private void list(String title, List<String> entries, String name) {
    if (!entries.isEmpty() && isList(title, entries.size())
        && readAlike(blocks.get(end - 1).items(), entries)) {
      take(2, name);
    }
  }

  /**
   * Tells whether each of a block's items reads as the entry at its index. An item equal to its
   * entry reads alike without reading either, as the item is collapsed: in a round trip nearly
   * every item is, and reading both was a tenth of an import.
   */
  private static boolean readAlike(List<String> items, List<String> entries) {
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i);
      String entry = entries.get(i);
      if (!item.equals(entry) && !readCollapsed(item).equals(read(entry))) {
        return false;
      }
    }
    return true;
  }

  /** Matches the listed requirements to the read ones, restoring their order and necessity. */
  private void requirements() {
    List<Requirement> read = posting.requirements();
    if (read.isEmpty() || !isList(titles.requirements(), read.size())) {
      return;
    }
    List<Requirement> unmatched = new ArrayList<>(read);
    // Each requirement's text as read, once needed: most items equal their requirement's text.
    List<String> unmatchedTexts = new ArrayList<>(Collections.nCopies(read.size(), null));
    List<Requirement> ordered = new ArrayList<>();
    String preferred = titles.preferredMark();
    // The mark is looked for before the text is read, as reading may swallow it (an open comment).
    for (String item : blocks.get(end - 1).items()) {
      Optional<Requirement> match = item.endsWith(preferred)
          ? take(unmatched, unmatchedTexts, item.substring(0, item.length() - preferred.length()))
              .map(r -> r.withNecessity(Necessity.PREFERRED))
          : Optional.empty();
      if (match.isEmpty()) {
        match = take(unmatched, unmatchedTexts, item);
      }
      if (match.isEmpty()) {
        return;
      }
      ordered.add(match.get());
    }
    posting = posting.withRequirements(ordered);
    take(2, "requirements");
  }

  /**
   * Takes the first requirement whose text reads as the item out of both lists. A text equal to
   * the item reads alike (see {@link #readAlike}); the others are read once each, when needed.
   */
  private static Optional<Requirement> take(List<Requirement> requirements,
      List<String> textsAsRead, String item) {
    String itemAsRead = null;
    for (int i = 0; i < requirements.size(); i++) {
      String text = requirements.get(i).text();
      if (!item.equals(text)) {
        if (itemAsRead == null) {
          itemAsRead = readCollapsed(item);
        }
        if (textsAsRead.get(i) == null) {
          textsAsRead.set(i, read(text));
        }
        if (!itemAsRead.equals(textsAsRead.get(i))) {
          continue;
        }
      }
      textsAsRead.remove(i);
      return Optional.of(requirements.remove(i));
    }
    return Optional.empty();
  }

  private boolean isList(String title, int size) {
    return end >= 2 && blocks.get(end - 1).items().size() == size
        && paragraph(end - 2).filter(p -> p.equals(read(title + ":"))).isPresent();
  }

  private Optional<String> paragraph(int index) {
    return index < 0 || blocks.get(index).isList() ? Optional.empty()
        : Optional.of(paragraphAsRead(index));
  }

  private String paragraphAsRead(int index) {
    if (paragraphsAsRead[index] == null) {
      paragraphsAsRead[index] = readCollapsed(blocks.get(index).text());
    }
    return paragraphsAsRead[index];
  }

  private void take(int count, String name) {
    end -= count;
    removed.add(0, name);
  }

  /** A text as the importer reads a field, so that block and field compare alike. */
  private static String read(String text) {
    return HtmlBlocks.collapseSpaces(Texts.plain(text).orElse(""));
  }

  /**
   * {@link #read(String)} for a text taken from a block, which {@link HtmlBlocks} has collapsed:
   * when reading leaves it as it is, collapsing would too, and that scan was a twentieth of an
   * import.
   */
  private static String readCollapsed(String collapsed) {
    String plain = Texts.plain(collapsed).orElse("");
    return plain == collapsed ? collapsed : HtmlBlocks.collapseSpaces(plain);
  }
}
