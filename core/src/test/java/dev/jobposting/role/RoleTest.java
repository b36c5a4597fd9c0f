package dev.jobposting.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.InvariantViolationException;
import org.junit.jupiter.api.Test;

class RoleTest {

  private static final ClassificationCode ISCO_2512 =
      ClassificationCode.of(ClassificationScheme.ISCO, "2512");

  @Test
  void acceptsCodesOfSeveralSchemes() {
    Role role = Role.builder()
        .department("Platform")
        .seniority(Seniority.EXPERIENCED)
        .addOccupations(ISCO_2512,
            ClassificationCode.of(ClassificationScheme.ONET_SOC, "15-1252.00"))
        .build();

    assertThat(role.occupations()).hasSize(2);
  }

  @Test
  void rejectsBlankDepartment() {
    assertThatThrownBy(() -> Role.builder().department(" ").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Role.department: must not be blank when present");
  }

  @Test
  void rejectsDuplicateOccupation() {
    assertThatThrownBy(() -> Role.builder().addOccupations(ISCO_2512, ISCO_2512).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Role.occupations[1]: duplicates " + ISCO_2512);
  }
}
