package dev.jobposting.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.JobPosting;
import dev.jobposting.organization.Employer;
import dev.jobposting.testkit.SamplePostings;
import dev.jobposting.validation.Finding;
import dev.jobposting.validation.Fixtures;
import dev.jobposting.validation.JobPostingValidator;
import dev.jobposting.validation.Profile;
import dev.jobposting.validation.ValidationReport;
import dev.jobposting.validation.internal.RuleBook.CheckedRule;
import dev.jobposting.validation.internal.RuleFinding.Parameter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
          used.add(Messages.KEY_PREFIX + matcher.group(1));
        }
      }
    }
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

  @Test
  void aLocaleWithACountryGetsItsLanguageAndTheJvmDefaultChoosesNothing() {
    ValidationReport german = Fixtures.VALIDATOR.withLocale(Locale.GERMAN)
        .validate(SamplePostings.reference());
    ValidationReport english = Fixtures.VALIDATOR.validate(SamplePostings.reference());
    Locale jvmDefault = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMAN);
      assertThat(JobPostingValidator.create().asOf(Fixtures.TODAY)
          .validate(SamplePostings.reference())).isEqualTo(english);
      assertThat(Fixtures.VALIDATOR.withLocale(Locale.forLanguageTag("de-AT"))
          .validate(SamplePostings.reference())).isEqualTo(german);
      assertThat(Fixtures.VALIDATOR.withLocale(Locale.JAPANESE)
          .validate(SamplePostings.reference())).isEqualTo(english);
      assertThat(Fixtures.VALIDATOR.withLocale(Locale.ROOT)
          .validate(SamplePostings.reference())).isEqualTo(english);
    } finally {
      Locale.setDefault(jvmDefault);
    }
  }

  /**
   * Reports write messages themselves; {@code @ValidJobPosting} leaves them to the application's
   * interpolator. Both read <code>{name}</code> alike, but only Hibernate Validator reads escapes
   * and expressions, so the bundles hold none.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "_de", "_fr", "_es"})
  void messagesHoldOnlyNamedParameters(String suffix) throws IOException {
    Properties bundle = bundle(suffix);
    for (String key : bundle.stringPropertyNames()) {
      String message = bundle.getProperty(key);
      assertThat(message).as(key).doesNotContain("\\", "$")
          .matches("([^{}]|\\{[A-Za-z]+\\})*");
    }
  }

  /**
   * Another library's {@code ContributorValidationMessages}, first on the class path, hides none of
   * this module's messages, and its own keys are left out.
   */
  @Test
  void anotherLibrarysBundleOfTheSameNameHidesNothing(@TempDir Path other) throws Exception {
    Files.writeString(other.resolve("ContributorValidationMessages.properties"),
        "other.library.Foo.message=foo\n");
    Files.writeString(other.resolve("ContributorValidationMessages_de.properties"),
        "other.library.Foo.message=foo\n");
    URL classes = Messages.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader loader = new URLClassLoader(
        new URL[] {other.toUri().toURL(), classes}, null)) {
      Map<String, Messages.Template> english = Messages.load(loader, "");
      assertThat(english).containsKeys("P-07", "PT.payRange").doesNotContainKey("Foo");
      assertThat(english.get("P-01").format(List.of()))
          .isEqualTo("a description is required before publishing");
      assertThat(english).hasSameSizeAs(Messages.load(Messages.class.getClassLoader(), ""));
      assertThat(Messages.load(loader, "_de").get("P-06").format(List.of()))
          .isEqualTo("das Veröffentlichungsdatum ist nötig");
    }
  }

  @Test
  void aParameterNoFindingGivesStaysAsWrittenAndAnUnknownKeyIsAnError() {
    CheckedRule expiry = RuleBook.get().rulesOf(Profile.PUBLISHABLE).stream()
        .filter(rule -> rule.rule().id().equals("P-07")).findFirst().orElseThrow();
    Messages english = Messages.in(Locale.ENGLISH);
    assertThat(english.message(new RuleFinding(expiry, "validThrough", "P-07",
        List.of(new Parameter("asOf", "2026-11-27"), new Parameter("unused", "x")))))
        .isEqualTo("the posting expired on {validThrough} (reference day 2026-11-27)");
    assertThatThrownBy(() -> english.message(
        new RuleFinding(expiry, "validThrough", "P-07.unknown", List.of())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no message jobposting.P-07.unknown for rule P-07");
  }
}
