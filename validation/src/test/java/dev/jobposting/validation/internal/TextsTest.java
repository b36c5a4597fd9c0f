package dev.jobposting.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextsTest {

  /** The definition the hand-written loops must match: tags out, entities in, spaces collapsed. */
  private static String wordsByRegex(String text) {
    String plain = Pattern.compile("<[^>]*>").matcher(text).replaceAll(" ")
        .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    return Pattern.compile("\\s+").matcher(plain).replaceAll(" ").strip()
        .toLowerCase(Locale.ROOT);
  }

  @Test
  void wordsDropTagsDecodeEntitiesAndCollapseSpace() {
    assertThat(Texts.words("<p>Lead  the\tTeam</p>\n<p>Fish &amp; Chips&nbsp;now</p>"))
        .isEqualTo("lead the team fish & chips now");
    assertThat(Texts.words("a < b and c > d")).isEqualTo("a d");
    assertThat(Texts.words("unclosed <tag here")).isEqualTo("unclosed <tag here");
    assertThat(Texts.words("&lt;b&gt;kept&lt;/b&gt;")).isEqualTo("<b>kept</b>");
  }

  @Test
  void wordsAgreeWithTheRegularExpressionDefinitionOnRandomText() {
    String alphabet = "<>&;ab Z\t\n\u000B\f\r\u00A0\u2003/p";
    String[] pieces = {"&amp;", "&lt;", "&gt;", "&nbsp;", "&quot;", "&#39;", "<p>", "</li>"};
    SplittableRandom random = new SplittableRandom(20261127L);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int j = 0; j < length; j++) {
        if (random.nextInt(4) == 0) {
          text.append(pieces[random.nextInt(pieces.length)]);
        } else {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      assertThat(Texts.words(text.toString())).as("words of '%s'", text)
          .isEqualTo(wordsByRegex(text.toString()));
    }
  }
}
