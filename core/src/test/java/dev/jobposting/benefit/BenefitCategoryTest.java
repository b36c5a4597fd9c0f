package dev.jobposting.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BenefitCategoryTest {

  @Test
  void coversEachOfCloudTalentsElevenJobBenefitsOnce() {
    assertThat(Arrays.stream(BenefitCategory.values())
            .flatMap(category -> category.cloudTalentValue().stream()))
        .containsExactlyInAnyOrder("CHILD_CARE", "DENTAL", "DOMESTIC_PARTNER", "FLEXIBLE_HOURS",
            "MEDICAL", "LIFE_INSURANCE", "PARENTAL_LEAVE", "RETIREMENT_PLAN", "SICK_DAYS",
            "VACATION", "VISION");
  }

  @Test
  void categoriesBeyondCloudTalentHaveNoValue() {
    assertThat(BenefitCategory.LEARNING.cloudTalentValue()).isEmpty();
    assertThat(BenefitCategory.OTHER.cloudTalentValue()).isEmpty();
    assertThat(BenefitCategory.HEALTH.cloudTalentValue()).contains("MEDICAL");
  }
}
