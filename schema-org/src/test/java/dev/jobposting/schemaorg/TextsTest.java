package dev.jobposting.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.jobposting.schemaorg.internal.Texts;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "R&amp;D|R&D",
      "R&amp;amp;amp;D|R&D",
      "&lt;b&gt;bold&lt;/b&gt; text|bold text",
      "caf&eacute; &#8211; &#x1F600;|café \u2013 \uD83D\uDE00",
      "&amp#59;|&amp#59;",
      "&amp&#59;lt;b>x|x",
      "<p>one</p><ul><li>two</li></ul>|one two",
      "AT&T &unknown; & co|AT&T &unknown; & co"})
  void readsTextsWithReferencesAndMarkup(String text, String expected) {
    assertThat(Texts.plain(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"&amp;amp;amp;amp;amp;lt;b&amp;amp;amp;amp;amp;gt;x", "<<b>b>c",
      "&am<i></i>p;lt;b>y", "<<<<<<<<<<<<<<<<<<<a>a>a>a>a>a>a>a>a>a>a>a>a>a>a>a>a>a>a>z",
      "</qcrip><TYPE hhead><!-- <scFipt", "&#38;#38;#38;lt;i>q"})
  void readingIsIdempotent(String text) {
    String once = Texts.plain(text).orElse("");

    assertThat(Texts.plain(once).orElse("")).isEqualTo(once);
    assertThat(Texts.items(once)).containsExactlyElementsOf(
        once.isEmpty() ? java.util.List.of() : java.util.List.of(once));
  }

  /** Each of these took minutes while looking for a reference's end ran to the end of the text. */
  @ParameterizedTest
  @ValueSource(strings = {"&", ";"})
  void readsLongRunsOfAmpersandsAndSemicolonsInLinearTime(String unit) {
    String text = "<p>&" + unit.repeat(1_000_000);

    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      assertThat(Texts.plain(text)).isPresent();
      assertThat(Texts.items(text)).hasSize(1);
    });
  }
}
