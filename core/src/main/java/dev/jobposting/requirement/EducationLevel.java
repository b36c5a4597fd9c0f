package dev.jobposting.requirement;

import java.util.Optional;

/**
 * A level of education, aligned with ISCED 2011 and Cloud Talent's {@code DegreeType}, mapped onto
 * Google's {@code credentialCategory} values by {@link #googleCredentialCategory()}.
 */
public enum EducationLevel {
  /** Primary education (ISCED 1); no Google category. */
  PRIMARY(null),
  /** Lower secondary education (ISCED 2); no Google category. */
  LOWER_SECONDARY(null),
  /** Upper secondary education, a high-school diploma (ISCED 3). */
  HIGH_SCHOOL("high school"),
  /** A professional certificate or vocational qualification (ISCED 4). */
  PROFESSIONAL_CERTIFICATE("professional certificate"),
  /** An associate degree or short-cycle tertiary education (ISCED 5). */
  ASSOCIATE_DEGREE("associate degree"),
  /** A bachelor's degree (ISCED 6). */
  BACHELOR_DEGREE("bachelor degree"),
  /** A master's degree (ISCED 7). */
  MASTER_DEGREE("postgraduate degree"),
  /** A doctorate (ISCED 8). */
  DOCTORATE("postgraduate degree");

  private final String googleCredentialCategory;

  EducationLevel(String googleCredentialCategory) {
    this.googleCredentialCategory = googleCredentialCategory;
  }

  /** {@return Google's {@code credentialCategory} for this level; empty below high school} */
  public Optional<String> googleCredentialCategory() {
    return Optional.ofNullable(googleCredentialCategory);
  }
}
