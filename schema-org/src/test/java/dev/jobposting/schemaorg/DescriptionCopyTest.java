package dev.jobposting.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobposting.JobPosting;
import dev.jobposting.RichText;
import dev.jobposting.TextFormat;
import dev.jobposting.testkit.PropertyCheck;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The export copies an HTML description that is already in the form it writes instead of parsing
 * and writing it again; the copy must be exactly what parsing and writing would give.
 */
class DescriptionCopyTest {

  /** Words the export writes as they are. */
  private static final List<String> PLAIN = List.of("plan", "Ünïcödé", "日本語", "é", "-", ".",
      "100%", "c:\\path", "line\u2028separator", "next\u0085line", "K\u212Aelvin",
      "\uD83D\uDE80");

  /** Words that parsing and writing change: escaped, decoded, collapsed or markup. */
  private static final List<String> TRICKY = List.of("O'Brien", "A & B", "<b>", "a > b",
      "\"quoted\"", "x\u00A0y", "two  spaces", "tab\there", "&amp;", "&#38;", "R&D", "</p",
      "<p>", "\r", "\n");

  private final JsonLdExporter exporter = JsonLdExporter.create();

  @Test
  void copyingADescriptionGivesWhatParsingAndWritingItGives() {
    Random random = new Random(PropertyCheck.baseSeed());
    int plain = 0;
    for (int i = 0; i < 5_000; i++) {
      StringBuilder copied = new StringBuilder();
      StringBuilder parsed = new StringBuilder();
      int paragraphs = 1 + random.nextInt(4);
      boolean copyable = true;
      for (int p = 0; p < paragraphs; p++) {
        String text = paragraph(random);
        copyable &= TRICKY.stream().noneMatch(text::contains);
        copied.append("<p>").append(text).append("</p>");
        // A leading space is collapsed away when parsing, and keeps this one from being copied.
        parsed.append("<p> ").append(text).append("</p>");
      }

      assertThat(description(copied.toString()))
          .as("description %s", copied)
          .isEqualTo(description(parsed.toString()));
      plain += copyable ? 1 : 0;
    }
    assertThat(plain).as("descriptions of plain words only, which are copied").isGreaterThan(1_000);
  }

  private static String paragraph(Random random) {
    StringBuilder text = new StringBuilder(word(random));
    for (int words = random.nextInt(6); words > 0; words--) {
      text.append(' ').append(word(random));
    }
    return text.toString();
  }

  private static String word(Random random) {
    List<String> words = random.nextInt(10) == 0 ? TRICKY : PLAIN;
    return words.get(random.nextInt(words.size()));
  }

  private String description(String html) {
    JobPosting posting = JobPosting.builder().title("Engineer")
        .description(RichText.of(html, TextFormat.HTML)).build();
    return exporter.toTree(posting).path("description").asText();
  }
}
