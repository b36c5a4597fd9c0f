package dev.jobposting.schemaorg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobposting.testkit.PropertyCheck;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written collapse of white space does what its regular expression did. */
class CollapseSpacesTest {

  /** White space, near-white space and plain letters, so that every branch is reached. */
  private static final char[] ALPHABET = {' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0',
      '\u0000', '\u001F', '\u2003', '\u0085', 'a', 'b', '!'};

  @Test
  void collapsesAsTheRegularExpressionDoes() {
    SplittableRandom random = new SplittableRandom(PropertyCheck.baseSeed());
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int j = 0; j < length; j++) {
        text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      String input = text.toString();
      assertThat(HtmlBlocks.collapseSpaces(input))
          .as("seed %d, case %d", PropertyCheck.baseSeed(), i)
          .isEqualTo(input.replaceAll("[\\s\\x{A0}]+", " "));
    }
  }

  @Test
  void givesBackTheSameTextWhenNothingCollapses() {
    String text = "one two\u2003three";

    assertThat(HtmlBlocks.collapseSpaces(text)).isSameAs(text);
  }
}
