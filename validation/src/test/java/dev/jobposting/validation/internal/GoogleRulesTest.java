package dev.jobposting.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobposting.testkit.PropertyCheck;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GoogleRulesTest {

  private static final String[] PIECES = {"hybrid", "HYBRIDE ", "híbrido", "modalidad ", "work",
      "trabajo ", "days ", "jours ", "a ", "per ", "par ", "week ", "semaine ", "in ", "au ",
      "the ", "office", "Büro", "BUREAU", "oficina", "fully ", "100 % ", "100% ", "remote",
      "REMOTO", "entièrement ", "ENTIÈREMENT ", "à distance", "en télétravail", "télétravail ",
      "TÉLÉTRAVAIL", "complet", "teletrabajo", " ", "\n", "K", "\u212A", "İ", "ſ", "x"};

  /** The needles may only skip a pattern on texts where the pattern finds nothing. */
  @Test
  void theNeedlesOfTheWorkModePatternsNeverHideAMatch() {
    SplittableRandom random = new SplittableRandom(PropertyCheck.baseSeed());
    int hybrid = 0;
    int remote = 0;
    for (int i = 0; i < 40_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int j = 0; j < length; j++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      hybrid += check(GoogleRules.HYBRID_WORDS, GoogleRules.HYBRID_NEEDLES, text.toString());
      remote += check(GoogleRules.FULLY_REMOTE_WORDS, GoogleRules.FULLY_REMOTE_NEEDLES,
          text.toString());
    }
    assertThat(hybrid).as("texts the hybrid pattern matched").isGreaterThan(100);
    assertThat(remote).as("texts the fully remote pattern matched").isGreaterThan(100);
  }

  private static int check(Pattern pattern, Texts.Needles needles, String text) {
    if (!pattern.matcher(text).find()) {
      return 0;
    }
    assertThat(needles.inText(text)).as("needles in '%s'", text).isTrue();
    return 1;
  }
}
