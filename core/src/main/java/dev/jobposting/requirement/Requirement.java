package dev.jobposting.requirement;

import dev.jobposting.InvariantViolationException;
import dev.jobposting.internal.Checks;
import dev.jobposting.internal.Languages;
import dev.jobposting.role.ClassificationCode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing candidates need: its kind, whether it is required or preferred, its text, and typed
 * detail where the kind has it. A choice ("experience with one or more of A, B, C") is one
 * requirement with {@link #alternatives()}.
 *
 * <pre>{@code
 * Requirement.builder()
 *     .kind(RequirementKind.EXPERIENCE)
 *     .text("Experience with one or more of QEMU/KVM, OVS/OVN, embedded Linux")
 *     .addAlternatives("QEMU/KVM", "OVS/OVN", "embedded Linux")
 *     .monthsOfExperience(24)
 *     .build();
 * }</pre>
 *
 * <p>Typed detail must fit the kind: months of experience only for {@link
 * RequirementKind#EXPERIENCE}, an education level only for {@link RequirementKind#EDUCATION}, a
 * language and CEFR level only for {@link RequirementKind#LANGUAGE}.
 */
@Value.Immutable
public abstract class Requirement implements WithRequirement {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  Requirement() {}

  /** {@return what the requirement is about} */
  public abstract RequirementKind kind();

  /** {@return whether it must be met; {@link Necessity#REQUIRED} unless set} */
  @Value.Default
  public Necessity necessity() {
    return Necessity.REQUIRED;
  }

  /** {@return the requirement in words} */
  public abstract String text();

  /** {@return options of which at least one must be met; none, or two or more} */
  public abstract List<String> alternatives();

  /** {@return for experience, the least number of months} */
  public abstract Optional<Integer> monthsOfExperience();

  /** {@return for education, the least level} */
  public abstract Optional<EducationLevel> educationLevel();

  /** {@return for education, the field of study} */
  public abstract Optional<String> fieldOfStudy();

  /** {@return for a language requirement, the language (BCP 47)} */
  public abstract Optional<Locale> language();

  /** {@return for a language requirement, the least CEFR level} */
  public abstract Optional<LanguageLevel> languageLevel();

  /** {@return a code for the skill or credential, such as an ESCO skill} */
  public abstract Optional<ClassificationCode> code();

  /**
   * A requirement with only a kind, a necessity and a text.
   *
   * @param kind the kind
   * @param necessity required or preferred
   * @param text the requirement in words
   * @return the requirement
   */
  public static Requirement of(RequirementKind kind, Necessity necessity, String text) {
    return builder().kind(kind).necessity(necessity).text(text).build();
  }

  @Value.Check
  Requirement normalize() {
    String text = Checks.text("Requirement.text", text());
    if (!text.equals(text())) {
      return withText(text);
    }
    Checks.texts("Requirement.alternatives", alternatives());
    Checks.distinct("Requirement.alternatives", alternatives());
    Checks.require(alternatives().size() != 1, "Requirement.alternatives",
        "a single alternative is no choice; put it in the text");
    detailFits("monthsOfExperience", monthsOfExperience(), RequirementKind.EXPERIENCE);
    Checks.between("Requirement.monthsOfExperience", monthsOfExperience(), 0, 1200);
    detailFits("educationLevel", educationLevel(), RequirementKind.EDUCATION);
    detailFits("fieldOfStudy", fieldOfStudy(), RequirementKind.EDUCATION);
    Checks.text("Requirement.fieldOfStudy", fieldOfStudy());
    detailFits("language", language(), RequirementKind.LANGUAGE);
    detailFits("languageLevel", languageLevel(), RequirementKind.LANGUAGE);
    language().ifPresent(l -> Languages.check("Requirement.language", l));
    return this;
  }

  private void detailFits(String attribute, Optional<?> detail, RequirementKind kind) {
    if (detail.isPresent() && kind() != kind) {
      throw new InvariantViolationException("Requirement." + attribute,
          "applies only to " + kind + " requirements, not " + kind());
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Requirement}. */
  public static final class Builder extends ImmutableRequirement.Builder {
    Builder() {}
  }
}
