package dev.jobposting.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.JobPosting;
import dev.jobposting.organization.Employer;
import dev.jobposting.testkit.SamplePostings;
import dev.jobposting.validation.Finding;
import dev.jobposting.validation.Fixtures;
import dev.jobposting.validation.Profile;
import dev.jobposting.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The message bundles: complete in every language, used by the code, and needing no EL. */
class MessagesTest {

  private static final List<String> LANGUAGES = List.of("de", "fr", "es");
  private static final Pattern KEY_LITERAL = Pattern.compile(
      "\"((?:P|G|GR)-\\d\\dW?\\.[A-Za-z]+|PT\\.[A-Za-z.]+)\"");

  private static Properties bundle(String suffix) throws IOException {
    String name = "/ContributorValidationMessages" + suffix + ".properties";
    try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "fr", "es"})
  void everyLanguageHasExactlyTheEnglishKeys(String language) throws IOException {
    assertThat(bundle("_" + language).stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(bundle("").stringPropertyNames());
  }

  /**
   * Keys with a variant and shared pay-transparency keys are found in the sources; keys that are
   * a bare rule id are checked at run time by the rule tests, whose messages must be resolved.
   */
  @Test
  void everyKeyTheCodeUsesIsInTheBundle() throws IOException {
    Set<String> used = new HashSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java"))
          .collect(Collectors.toList())) {
        Matcher matcher = KEY_LITERAL.matcher(Files.readString(source));
        while (matcher.find()) {
          used.add(Reporter.KEY_PREFIX + matcher.group(1));
        }
      }
    }
    RuleBook.get().presences().forEach(p -> used.add(Reporter.KEY_PREFIX + p.rule().id()));
    assertThat(used).hasSizeGreaterThan(30);
    assertThat(bundle("").stringPropertyNames()).containsAll(used);
  }

  @Test
  void noExpressionLanguageIsOnTheClassPath() {
    assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThat(Fixtures.VALIDATOR.validate(SamplePostings.reference()).findings()).isNotEmpty();
  }

  @Test
  void messagesAreTranslated() {
    ValidationReport english = Fixtures.VALIDATOR.validate(SamplePostings.reference());
    for (String language : LANGUAGES) {
      ValidationReport translated = Fixtures.VALIDATOR.withLocale(Locale.forLanguageTag(language))
          .validate(SamplePostings.reference());
      assertThat(translated.findings()).hasSameSizeAs(english.findings());
      for (int i = 0; i < english.findings().size(); i++) {
        Finding en = english.findings().get(i);
        Finding other = translated.findings().get(i);
        assertThat(other.ruleId()).isEqualTo(en.ruleId());
        assertThat(other.message()).as(language + " " + en.ruleId())
            .isNotEqualTo(en.message()).doesNotContain("{");
      }
    }
    assertThat(Fixtures.VALIDATOR.withLocale(Locale.GERMAN).validate(SamplePostings.reference())
        .findings().stream().map(Finding::message))
        .contains("das Veröffentlichungsdatum ist nötig",
            "Colorado verlangt die Vergütung mit Minimum und Maximum in der Anzeige");
  }

  @Test
  void anUnknownLanguageFallsBackToEnglish() {
    ValidationReport english = Fixtures.VALIDATOR.validate(SamplePostings.reference());
    ValidationReport japanese = Fixtures.VALIDATOR.withLocale(Locale.JAPANESE)
        .validate(SamplePostings.reference());
    assertThat(japanese).isEqualTo(english);
  }

  /**
   * Every string of up to four characters over the characters interpolation reads as syntax, a
   * letter and a non-ASCII letter is escaped as Hibernate Validator's own escaping does it: with
   * the regular expression that Reporter no longer runs.
   */
  @Test
  void parametersAreEscapedAsHibernateValidatorEscapesThem() {
    List<String> strings = List.of("");
    int compared = 0;
    for (int length = 0; length <= 4; length++) {
      for (String text : strings) {
        assertThat(Reporter.escaped(text)).as(text)
            .isEqualTo(text.replaceAll("([\\\\{}$])", "\\\\$1"));
        compared++;
      }
      strings = strings.stream()
          .flatMap(text -> "a\\{}$\u00e9".chars().mapToObj(c -> text + (char) c))
          .collect(Collectors.toList());
    }
    assertThat(compared).isEqualTo(1 + 6 + 36 + 216 + 1296);
  }

  @Test
  void aParameterComesOutAsItIsWhateverItContains() {
    String name = "Acme {title} ${1+1} \\{x\\} C:\\\\dir }";
    JobPosting posting = SamplePostings.reference().withTitle(name + " backend engineer")
        .withEmployer(Employer.builder().name(name).build());
    assertThat(Fixtures.VALIDATOR.validate(posting, Profile.GOOGLE_REQUIRED).findings())
        .filteredOn(f -> f.ruleId().equals("G-04"))
        .extracting(Finding::message)
        .contains("the title should not contain the employer's name (" + name + ")");
  }
}
