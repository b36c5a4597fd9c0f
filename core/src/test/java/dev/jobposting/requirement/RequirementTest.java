package dev.jobposting.requirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.InvariantViolationException;
import dev.jobposting.role.ClassificationCode;
import dev.jobposting.role.ClassificationScheme;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RequirementTest {

  private static Requirement.Builder of(RequirementKind kind) {
    return Requirement.builder().kind(kind).text("Something candidates need");
  }

  @Test
  void necessityDefaultsToRequired() {
    assertThat(of(RequirementKind.SKILL).build().necessity()).isEqualTo(Necessity.REQUIRED);
  }

  @Test
  void stripsSurroundingWhiteSpaceFromText() {
    assertThat(Requirement.of(RequirementKind.SKILL, Necessity.PREFERRED, " Go ").text())
        .isEqualTo("Go");
  }

  @Test
  void rejectsBlankText() {
    assertThatThrownBy(() -> Requirement.of(RequirementKind.SKILL, Necessity.REQUIRED, "  "))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Requirement.text: must not be blank");
  }

  @Test
  void rejectsMissingKindNamingIt() {
    assertThatThrownBy(() -> Requirement.builder().text("Go").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("kind");
  }

  @Test
  void acceptsTwoOrMoreAlternatives() {
    Requirement choice = of(RequirementKind.EXPERIENCE)
        .addAlternatives("QEMU/KVM", "OVS/OVN", "embedded Linux").build();

    assertThat(choice.alternatives()).containsExactly("QEMU/KVM", "OVS/OVN", "embedded Linux");
  }

  @Test
  void rejectsSingleAlternative() {
    assertThatThrownBy(() -> of(RequirementKind.SKILL).addAlternative("Go").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Requirement.alternatives: a single alternative is no choice;"
            + " put it in the text");
  }

  @Test
  void rejectsDuplicateAlternatives() {
    assertThatThrownBy(() -> of(RequirementKind.SKILL).addAlternatives("Go", "Rust", "Go").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Requirement.alternatives[2]: duplicates Go");
  }

  @Test
  void rejectsBlankAlternative() {
    assertThatThrownBy(() -> of(RequirementKind.SKILL).addAlternatives("Go", " ").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Requirement.alternatives[1]: must not be blank");
  }

  @Test
  void acceptsMonthsOfExperienceFromZeroToHundredYears() {
    assertThat(of(RequirementKind.EXPERIENCE).monthsOfExperience(0).build().monthsOfExperience())
        .contains(0);
    assertThat(of(RequirementKind.EXPERIENCE).monthsOfExperience(1200).build()
        .monthsOfExperience()).contains(1200);
  }

  @Test
  void rejectsNegativeMonthsOfExperience() {
    assertThatThrownBy(() -> of(RequirementKind.EXPERIENCE).monthsOfExperience(-1).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Requirement.monthsOfExperience: -1 is outside 0..1200");
  }

  @Test
  void rejectsMoreThanHundredYearsOfExperience() {
    assertThatThrownBy(() -> of(RequirementKind.EXPERIENCE).monthsOfExperience(1201).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Requirement.monthsOfExperience: 1201 is outside 0..1200");
  }

  @Test
  void rejectsMonthsOfExperienceOnOtherKinds() {
    assertThatThrownBy(() -> of(RequirementKind.SKILL).monthsOfExperience(24).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Requirement.monthsOfExperience: applies only to EXPERIENCE requirements,"
            + " not SKILL");
  }

  @Test
  void acceptsEducationDetailOnEducation() {
    Requirement degree = of(RequirementKind.EDUCATION)
        .educationLevel(EducationLevel.BACHELOR_DEGREE).fieldOfStudy("Computer science").build();

    assertThat(degree.educationLevel()).contains(EducationLevel.BACHELOR_DEGREE);
    assertThat(degree.fieldOfStudy()).contains("Computer science");
  }

  @Test
  void rejectsEducationLevelOnOtherKinds() {
    assertThatThrownBy(() -> of(RequirementKind.EXPERIENCE)
            .educationLevel(EducationLevel.MASTER_DEGREE).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Requirement.educationLevel: applies only to EDUCATION requirements,"
            + " not EXPERIENCE");
  }

  @Test
  void rejectsFieldOfStudyOnOtherKinds() {
    assertThatThrownBy(() -> of(RequirementKind.CREDENTIAL).fieldOfStudy("Law").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Requirement.fieldOfStudy: applies only to EDUCATION requirements,"
            + " not CREDENTIAL");
  }

  @Test
  void rejectsBlankFieldOfStudy() {
    assertThatThrownBy(() -> of(RequirementKind.EDUCATION).fieldOfStudy(" ").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Requirement.fieldOfStudy: must not be blank when present");
  }

  @Test
  void acceptsLanguageDetailOnLanguage() {
    Requirement german = of(RequirementKind.LANGUAGE)
        .language(Locale.GERMAN).languageLevel(LanguageLevel.C1).build();

    assertThat(german.language()).contains(Locale.GERMAN);
    assertThat(german.languageLevel()).contains(LanguageLevel.C1);
  }

  @Test
  void rejectsLanguageOnOtherKinds() {
    assertThatThrownBy(() -> of(RequirementKind.SKILL).language(Locale.GERMAN).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Requirement.language: applies only to LANGUAGE requirements, not SKILL");
  }

  @Test
  void rejectsLanguageLevelOnOtherKinds() {
    assertThatThrownBy(() -> of(RequirementKind.OTHER).languageLevel(LanguageLevel.B2).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Requirement.languageLevel: applies only to LANGUAGE requirements, not OTHER");
  }

  @Test
  void rejectsLanguageOutsideIso639() {
    assertThatThrownBy(() -> of(RequirementKind.LANGUAGE).language(Locale.ROOT).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Requirement.language: 'und' is not a BCP 47 tag whose language is an ISO 639 code");
  }

  @Test
  void acceptsCodeOnAnyKind() {
    ClassificationCode skill = ClassificationCode.of(ClassificationScheme.ESCO, "S1.2.3");

    assertThat(of(RequirementKind.SKILL).code(skill).build().code()).contains(skill);
  }
}
