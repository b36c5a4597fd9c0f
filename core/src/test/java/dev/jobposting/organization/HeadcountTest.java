package dev.jobposting.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.InvariantViolationException;
import dev.jobposting.place.AdministrativeArea;
import org.junit.jupiter.api.Test;

class HeadcountTest {

  @Test
  void acceptsCountryOrSubdivisionWithZeroOrMoreEmployees() {
    assertThat(Headcount.of(AdministrativeArea.country("CA"), 0).employees()).isZero();
    assertThat(Headcount.of(AdministrativeArea.subdivision("CA-ON"), 25).area())
        .isEqualTo(AdministrativeArea.subdivision("CA-ON"));
  }

  @Test
  void rejectsWorldwide() {
    assertThatThrownBy(() -> Headcount.of(AdministrativeArea.worldwide(), 100))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Headcount.area: must be a country or subdivision;"
            + " the worldwide total is Employer.headcount");
  }

  @Test
  void rejectsNegativeEmployees() {
    assertThatThrownBy(() -> Headcount.of(AdministrativeArea.country("CA"), -1))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Headcount.employees: -1 must not be negative");
  }
}
