package dev.jobposting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.organization.Employer;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JobPostingTest {

  private static final LocalDate NOV_27 = LocalDate.of(2026, 11, 27);

  private static JobPosting.Builder titled() {
    return JobPosting.builder().title("Backend Engineer");
  }

  @Test
  void titleAloneIsAValidPosting() {
    JobPosting posting = titled().build();

    assertThat(posting.title()).isEqualTo("Backend Engineer");
    assertThat(posting.identifiers()).isEmpty();
    assertThat(posting.description()).isEmpty();
    assertThat(posting.experienceInPlaceOfEducation()).isFalse();
  }

  @Test
  void rejectsMissingTitleNamingIt() {
    assertThatThrownBy(() -> JobPosting.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("title");
  }

  @Test
  void rejectsEmptyTitle() {
    assertThatThrownBy(() -> JobPosting.builder().title("").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("JobPosting.title: must not be blank");
  }

  @Test
  void rejectsWhiteSpaceTitle() {
    assertThatThrownBy(() -> JobPosting.builder().title(" \t\n\u2003").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("JobPosting.title: must not be blank");
  }

  @Test
  void stripsSurroundingWhiteSpaceFromTitle() {
    JobPosting posting = JobPosting.builder().title("  Backend Engineer\n").build();

    assertThat(posting.title()).isEqualTo("Backend Engineer");
    assertThat(posting).isEqualTo(titled().build());
  }

  @Test
  void withTitleStripsToo() {
    assertThat(titled().build().withTitle(" Data Engineer ").title()).isEqualTo("Data Engineer");
  }

  @Test
  void stripsTitleWithoutLosingOtherAttributes() {
    JobPosting posting = JobPosting.builder()
        .title(" Backend Engineer ")
        .employer(Employer.of("Example GmbH"))
        .addIdentifier(Identifier.of("requisition", "REQ-1"))
        .datePosted(NOV_27)
        .build();

    assertThat(posting.employer()).contains(Employer.of("Example GmbH"));
    assertThat(posting.identifiers()).containsExactly(Identifier.of("requisition", "REQ-1"));
    assertThat(posting.datePosted()).contains(NOV_27);
  }

  @Test
  void acceptsOneIdentifierPerScheme() {
    JobPosting posting = titled()
        .addIdentifiers(Identifier.of("requisition", "REQ-1"), Identifier.of("greenhouse", "REQ-1"))
        .build();

    assertThat(posting.identifiers()).hasSize(2);
  }

  @Test
  void rejectsTwoIdentifiersInOneScheme() {
    assertThatThrownBy(() -> titled()
            .addIdentifiers(Identifier.of("requisition", "REQ-1"),
                Identifier.of("greenhouse", "7"), Identifier.of("requisition", "REQ-2"))
            .build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("JobPosting.identifiers[2]: duplicates requisition");
  }

  @Test
  void rejectsValidThroughBeforeDatePosted() {
    assertThatThrownBy(() -> titled().datePosted(NOV_27).validThrough(NOV_27.minusDays(1)).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("JobPosting.validThrough: 2026-11-26 is before datePosted 2026-11-27");
  }

  @Test
  void acceptsValidThroughOnTheDayPosted() {
    assertThat(titled().datePosted(NOV_27).validThrough(NOV_27).build().validThrough())
        .contains(NOV_27);
  }

  @Test
  void acceptsValidThroughOrDatePostedAlone() {
    assertThat(titled().validThrough(NOV_27).build().datePosted()).isEmpty();
    assertThat(titled().datePosted(NOV_27).build().validThrough()).isEmpty();
  }

  @Test
  void acceptsIsoLanguages() {
    assertThat(titled().language(Locale.forLanguageTag("de-CH")).build().language())
        .contains(Locale.forLanguageTag("de-CH"));
    assertThat(titled().language(Locale.forLanguageTag("gsw")).build().language()).isPresent();
  }

  @Test
  void rejectsLocaleWithoutLanguage() {
    assertThatThrownBy(() -> titled().language(Locale.ROOT).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("JobPosting.language: 'und' is not a BCP 47 tag whose language is an ISO 639 code");
  }

  @Test
  void rejectsTwoLetterLanguageOutsideIso639() {
    assertThatThrownBy(() -> titled().language(Locale.forLanguageTag("qq")).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("JobPosting.language: 'qq' is not a BCP 47 tag whose language is an ISO 639 code");
  }

  @Test
  void rejectsBlankResponsibility() {
    assertThatThrownBy(() -> titled().addResponsibilities("Build services", " ").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("JobPosting.responsibilities[1]: must not be blank");
  }

  @Test
  void withCopiesLeaveTheOriginalUnchanged() {
    JobPosting original = titled().addResponsibility("Build services").build();

    JobPosting changed = original.withTitle("Data Engineer").withResponsibilities("Run pipelines");

    assertThat(original.title()).isEqualTo("Backend Engineer");
    assertThat(original.responsibilities()).containsExactly("Build services");
    assertThat(changed.title()).isEqualTo("Data Engineer");
    assertThat(changed.responsibilities()).containsExactly("Run pipelines");
  }

  @Test
  void withChecksInvariants() {
    JobPosting posted = titled().datePosted(NOV_27).build();

    assertThatThrownBy(() -> posted.withValidThrough(NOV_27.minusDays(3)))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("JobPosting.validThrough: 2026-11-24 is before datePosted 2026-11-27");
  }

  @Test
  void equalPostingsHaveEqualHashCodes() {
    JobPosting a = titled().datePosted(NOV_27).addResponsibility("Build services").build();
    JobPosting b = titled().datePosted(NOV_27).addResponsibility("Build services").build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toBuilder().build()).isEqualTo(a);
    assertThat(a.withExperienceInPlaceOfEducation(true)).isNotEqualTo(a);
  }
}
