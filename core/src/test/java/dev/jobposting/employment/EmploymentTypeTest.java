package dev.jobposting.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EmploymentTypeTest {

  private static final Set<String> GOOGLE_VALUES = Set.of("FULL_TIME", "PART_TIME", "CONTRACTOR",
      "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER");

  @ParameterizedTest
  @EnumSource(EmploymentType.class)
  void mapsOntoOneOfGooglesEightValues(EmploymentType type) {
    assertThat(type.googleValue()).isIn(GOOGLE_VALUES);
  }

  @Test
  void everyGoogleValueIsReachable() {
    assertThat(Arrays.stream(EmploymentType.values()).map(EmploymentType::googleValue)
        .collect(Collectors.toSet())).isEqualTo(GOOGLE_VALUES);
  }

  @Test
  void typesOutsideGoogleMapToTheirClosestValue() {
    assertThat(EmploymentType.CONTRACT_TO_HIRE.googleValue()).isEqualTo("CONTRACTOR");
    assertThat(EmploymentType.SEASONAL.googleValue()).isEqualTo("TEMPORARY");
    assertThat(EmploymentType.APPRENTICESHIP.googleValue()).isEqualTo("INTERN");
    assertThat(EmploymentType.FLY_IN_FLY_OUT.googleValue()).isEqualTo("FULL_TIME");
  }
}
