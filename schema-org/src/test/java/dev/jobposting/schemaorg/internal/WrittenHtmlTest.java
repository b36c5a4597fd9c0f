package dev.jobposting.schemaorg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobposting.testkit.PropertyCheck;
import dev.jobposting.testkit.SamplePostings;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * HTML in the form the exporter writes is split without the general reader, into the same
 * blocks; anything else goes to the general reader.
 */
class WrittenHtmlTest {

  /**
   * Texts as the exporter writes them (the first four), and texts that reading changes, whose
   * ends strip or that hold a tag.
   */
  private static final String[] TEXTS = {"Lead the team", "C/C++ and Python",
      "a bachelor&#39;s degree", "R&amp;D", "a > b", "x", "it's \"quoted\"", "two  spaces",
      "tab\there", "line\nbreak", "no\u00A0break", "&nbsp;", "a&nbsp;&nbsp;b", "&#32;lead",
      "&lt;b&gt;", "&unknown; &amp", " leading", "trailing ", "em space\u2003", "\u2003",
      "<b>bold</b>", "", "\u001Fend", "caf\u00E9 \u20AC5"};

  /** Tags the exporter writes, and some it never does. */
  private static final String[] OTHER_TAGS = {"<P>", "<p >", "<br>", "<ol>", "</li >",
      "<!-- c -->", " ", "\n"};

  @Test
  void splitsWrittenHtmlAsTheGeneralReaderDoes() {
    SplittableRandom random = new SplittableRandom(PropertyCheck.baseSeed());
    int written = 0;
    for (int i = 0; i < 20_000; i++) {
      String html = html(random);
      var blocks = HtmlBlocks.written(html);
      if (blocks != null) {
        written++;
        assertThat(blocks).as("seed %d, case %d: %s", PropertyCheck.baseSeed(), i, html)
            .isEqualTo(HtmlBlocks.parseMarkup(html));
      }
      assertThat(HtmlBlocks.parse(html)).isEqualTo(HtmlBlocks.parseMarkup(html));
    }
    // Both paths are exercised, each often.
    assertThat(written).isBetween(2_000, 18_000);
  }

  @Test
  void takesTheExportedDescriptionsOfTheSamplesWithoutTheGeneralReader() {
    SamplePostings.all().forEach((name, posting) ->
        DescriptionHtml.of(posting).ifPresent(html ->
            assertThat(HtmlBlocks.written(html)).as(name)
                .isNotNull()
                .isEqualTo(HtmlBlocks.parseMarkup(html))));
    assertThat(DescriptionHtml.of(SamplePostings.reference())).isPresent();
  }

  @Test
  void leavesEmptyHtmlEmpty() {
    assertThat(HtmlBlocks.parse("")).isEmpty();
  }

  private static String html(SplittableRandom random) {
    StringBuilder html = new StringBuilder();
    int blocks = random.nextInt(5);
    for (int b = 0; b < blocks; b++) {
      if (random.nextBoolean()) {
        html.append("<p>").append(text(random)).append(maybeBroken(random, "</p>"));
      } else {
        html.append("<ul>");
        int items = random.nextInt(4);
        for (int j = 0; j < items; j++) {
          html.append("<li>").append(text(random)).append(maybeBroken(random, "</li>"));
        }
        html.append(maybeBroken(random, "</ul>"));
      }
    }
    return html.toString();
  }

  /** Mostly a clean text, so that whole documents are often in the written form. */
  private static String text(SplittableRandom random) {
    return random.nextInt(6) > 0 ? TEXTS[random.nextInt(4)]
        : TEXTS[random.nextInt(TEXTS.length)];
  }

  private static String maybeBroken(SplittableRandom random, String tag) {
    return random.nextInt(30) > 0 ? tag : OTHER_TAGS[random.nextInt(OTHER_TAGS.length)];
  }
}
