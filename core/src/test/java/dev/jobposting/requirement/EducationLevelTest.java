package dev.jobposting.requirement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EducationLevelTest {

  private static final Set<String> GOOGLE_CATEGORIES = Set.of("high school", "associate degree",
      "bachelor degree", "professional certificate", "postgraduate degree");

  @ParameterizedTest
  @EnumSource(EducationLevel.class)
  void yieldsOnlyGooglesCategories(EducationLevel level) {
    level.googleCredentialCategory()
        .ifPresent(category -> assertThat(category).isIn(GOOGLE_CATEGORIES));
  }

  @Test
  void everyGoogleCategoryIsReachable() {
    assertThat(Arrays.stream(EducationLevel.values())
        .flatMap(level -> level.googleCredentialCategory().stream())
        .collect(Collectors.toSet())).isEqualTo(GOOGLE_CATEGORIES);
  }

  @Test
  void levelsBelowHighSchoolHaveNoCategory() {
    assertThat(EducationLevel.PRIMARY.googleCredentialCategory()).isEmpty();
    assertThat(EducationLevel.LOWER_SECONDARY.googleCredentialCategory()).isEmpty();
    assertThat(EducationLevel.HIGH_SCHOOL.googleCredentialCategory()).contains("high school");
  }
}
