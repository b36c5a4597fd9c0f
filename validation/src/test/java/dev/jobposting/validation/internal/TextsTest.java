package dev.jobposting.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobposting.testkit.PropertyCheck;
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

  /** Random markup: tags, entities, white space of every kind and a few letters. */
  private static String randomMarkup(SplittableRandom random) {
    String alphabet = "<>&;ab Z\t\n\u000B\f\r\u00A0\u2003\u001C/pİΣÉß\uD83D\uDE80";
    String[] pieces = {"&amp;", "&lt;", "&gt;", "&nbsp;", "&quot;", "&#39;", "<p>", "</li>"};
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(24);
    for (int j = 0; j < length; j++) {
      if (random.nextInt(4) == 0) {
        text.append(pieces[random.nextInt(pieces.length)]);
      } else {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
    }
    return text.toString();
  }

  @Test
  void wordsAgreeWithTheRegularExpressionDefinitionOnRandomText() {
    SplittableRandom random = new SplittableRandom(PropertyCheck.baseSeed());
    for (int i = 0; i < 20_000; i++) {
      String text = randomMarkup(random);
      assertThat(Texts.words(text)).as("words of '%s'", text).isEqualTo(wordsByRegex(text));
    }
  }

  @Test
  void sameWordsComparesTheWords() {
    assertThat(Texts.sameWords("<p>Head  Chef</p>", "head chef")).isTrue();
    assertThat(Texts.sameWords("Head Chef &amp; Baker", "HEAD CHEF & BAKER ")).isTrue();
    assertThat(Texts.sameWords("Head Chef", "Head Chefs")).isFalse();
    assertThat(Texts.sameWords("Head Chef", "HeadChef")).isFalse();
    assertThat(Texts.sameWords("\u2003".repeat(40) + "Chef\u2003".repeat(3),
        "chef\u2003chef\u2003chef")).isTrue();
    assertThat(Texts.sameWords("Chef \u0130", "chef \u0130")).isTrue();
    assertThat(Texts.sameWords("\u0130stanbul", "i\u0307stanbul"))
        .as("a capital I with a dot lowers to two characters").isTrue();
    assertThat(Texts.sameWords("\uD801\uDC00", "\uD801\uDC28"))
        .as("a letter beyond the Basic Multilingual Plane lowers as a code point").isTrue();
    assertThat(Texts.sameWords("Crème Brûlée", "CRÈME BRÛLÉE")).isTrue();
    assertThat(Texts.sameWords("\u039f\u0394\u039f\u03a3", "\u03bf\u03b4\u03bf\u03c2"))
        .as("a capital sigma ending a word lowers to a final sigma").isTrue();
    assertThat(Texts.sameWords("\u039f\u0394\u039f\u03a3", "\u03bf\u03b4\u03bf\u03c3")).isFalse();
    assertThat(Texts.sameWords("", " ")).isTrue();
  }

  /**
   * Random markup, half of it cut down to ASCII, against its upper case or a prefix of it: both
   * the reading as it goes and the comparison of built words meet equal and unequal words.
   */
  @Test
  void sameWordsAgreesWithComparingTheWords() {
    SplittableRandom random = new SplittableRandom(PropertyCheck.baseSeed());
    for (int i = 0; i < 40_000; i++) {
      String text = randomMarkup(random);
      if (random.nextBoolean()) {
        text = text.replaceAll("[^\\x20-\\x7e\\t\\n\\f\\r\\u000B]", "");
      }
      String other = random.nextBoolean() ? text.toUpperCase(Locale.ROOT)
          : text.substring(0, random.nextInt(text.length() + 1));
      assertThat(Texts.sameWords(text, other)).as("'%s' and '%s'", text, other)
          .isEqualTo(Texts.words(text).equals(Texts.words(other)));
    }
  }

  @Test
  void containsPhraseFindsWholeWordsIgnoringCase() {
    assertThat(Texts.containsPhrase("Senior Engineer, Acme Corp", "acme corp")).isTrue();
    assertThat(Texts.containsPhrase("Senior Engineer, Acme Corporation", "Acme Corp")).isFalse();
    assertThat(Texts.containsPhrase("Barista in München", " MÜNCHEN ")).isTrue();
    assertThat(Texts.containsPhrase("Koch2Berlin", "Berlin")).isFalse();
  }

  @Test
  void containsPhraseAgreesWithThePatternOnRandomText() {
    String alphabet = "aAbBsSkK iIİı ßẞſ\u212AσςΣ\u01C5é\u00C9\u0301٣½-.,&'\"*()[]\\$^|?+"
        + "\uD801\uDC00\uD801\uDC28\uD801\t\u00A0\u2003";
    SplittableRandom random = new SplittableRandom(PropertyCheck.baseSeed());
    for (int i = 0; i < 50_000; i++) {
      String text = randomText(random, alphabet, 16);
      String phrase = random.nextBoolean() && !text.isEmpty()
          ? randomSlice(random, text) : randomText(random, alphabet, 4);
      assertThat(Texts.containsPhrase(text, phrase))
          .as("'%s' in '%s'", phrase, text)
          .isEqualTo(Texts.phrase(phrase).matcher(text).find());
    }
  }

  private static String randomText(SplittableRandom random, String alphabet, int maxLength) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    for (int j = 0; j < length; j++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private static String randomSlice(SplittableRandom random, String text) {
    int from = random.nextInt(text.length());
    String slice = text.substring(from, from + 1 + random.nextInt(text.length() - from));
    return random.nextBoolean() ? flipCase(random, slice) : slice;
  }

  private static String flipCase(SplittableRandom random, String text) {
    StringBuilder flipped = new StringBuilder();
    for (char c : text.toCharArray()) {
      flipped.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return flipped.toString();
  }
}
