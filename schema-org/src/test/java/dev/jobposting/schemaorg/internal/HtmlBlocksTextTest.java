package dev.jobposting.schemaorg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobposting.testkit.PropertyCheck;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A paragraph's text, whatever inline tags split it into runs, reads as its runs decoded one by
 * one and joined, collapsed and stripped: references are decoded in every run, wherever the runs
 * before and after have or lack them.
 */
class HtmlBlocksTextTest {

  private static final String[] PIECES = {"a", "b c", " ", "&amp;", "&lt;", "&#233;", "&", ";",
      "&amp", "&nbsp;", "x&y;", "&unknown;", "\n"};
  /**
   * What may end a run without ending the paragraph, some of them holding an {@code &} that is
   * not text: in an attribute, a comment or a dropped element.
   */
  private static final String[] INLINE_TAGS = {"<b>", "</b>", "<span class=\"x\">", "</span>",
      "<em>", "</em>", "<a href=\"?a=1&amp;b=2\">", "</a>", "<!-- & -->",
      "<script>x &amp;&& y</script>", "<img alt='&lt;&'>"};

  @Test
  void decodesTheReferencesOfEveryRunOfText() {
    SplittableRandom random = new SplittableRandom(PropertyCheck.baseSeed());
    for (int i = 0; i < 5_000; i++) {
      StringBuilder html = new StringBuilder("<p>");
      StringBuilder decoded = new StringBuilder();
      int runs = 1 + random.nextInt(6);
      for (int run = 0; run < runs; run++) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(4);
        for (int j = 0; j < pieces; j++) {
          text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        html.append(text).append(INLINE_TAGS[random.nextInt(INLINE_TAGS.length)]);
        decoded.append(HtmlEntities.decode(text.toString()));
      }
      html.append("</p>");
      String expected = HtmlBlocks.collapseSpaces(decoded.toString()).strip();

      assertThat(HtmlBlocks.parse(html.toString()))
          .as("seed %d, case %d: %s", PropertyCheck.baseSeed(), i, html)
          .isEqualTo(expected.isEmpty() ? List.of() : List.of(new HtmlBlocks.Block(expected,
              List.of())));
    }
  }
}
