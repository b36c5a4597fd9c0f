package dev.jobposting.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.InvariantViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class EmploymentTest {

  private static Employment.Builder fullTime() {
    return Employment.builder().addType(EmploymentType.FULL_TIME);
  }

  @Test
  void emptyTermsAreValid() {
    Employment employment = Employment.builder().build();

    assertThat(employment.types()).isEmpty();
    assertThat(employment.immediateStart()).isFalse();
  }

  @Test
  void keepsTypesInDeclarationOrder() {
    Employment employment = Employment.builder()
        .addTypes(EmploymentType.TEMPORARY, EmploymentType.FULL_TIME).build();

    assertThat(employment.types())
        .containsExactly(EmploymentType.FULL_TIME, EmploymentType.TEMPORARY);
  }

  @Test
  void otherTypesAddOther() {
    Employment employment = fullTime().addOtherType("Working student").build();

    assertThat(employment.types()).containsExactly(EmploymentType.FULL_TIME, EmploymentType.OTHER);
    assertThat(employment.otherTypes()).containsExactly("Working student");
    assertThat(employment).isEqualTo(fullTime().addType(EmploymentType.OTHER)
        .addOtherType("Working student").build());
  }

  @Test
  void otherTypesAddOtherAlsoThroughWith() {
    assertThat(fullTime().build().withOtherTypes("Working student").types())
        .contains(EmploymentType.OTHER);
  }

  @Test
  void otherAloneIsAllowed() {
    assertThat(Employment.builder().addType(EmploymentType.OTHER).build().otherTypes()).isEmpty();
  }

  @Test
  void rejectsBlankOtherType() {
    assertThatThrownBy(() -> fullTime().addOtherType(" ").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Employment.otherTypes[0]: must not be blank");
  }

  @Test
  void rejectsDuplicateOtherType() {
    assertThatThrownBy(() -> fullTime().addOtherTypes("Working student", "Working student").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Employment.otherTypes[1]: duplicates Working student");
  }

  @Test
  void rejectsBlankWorkHours() {
    assertThatThrownBy(() -> fullTime().workHours("").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Employment.workHours: must not be blank when present");
  }

  @Test
  void rejectsImmediateStartWithStartDate() {
    assertThatThrownBy(() -> fullTime().immediateStart(true)
            .startDate(LocalDate.of(2027, 1, 4)).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Employment.startDate: cannot be set together with immediateStart");
  }

  @Test
  void acceptsEitherImmediateStartOrStartDate() {
    assertThat(fullTime().immediateStart(true).build().startDate()).isEmpty();
    assertThat(fullTime().startDate(LocalDate.of(2027, 1, 4)).build().immediateStart()).isFalse();
  }

  @Test
  void rejectsZeroHoursPerWeek() {
    assertThatThrownBy(() -> fullTime().hoursPerWeek(BigDecimal.ZERO).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Employment.hoursPerWeek: 0 is outside (0, 168]");
  }

  @Test
  void rejectsNegativeHoursPerWeek() {
    assertThatThrownBy(() -> fullTime().hoursPerWeek(new BigDecimal("-40")).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Employment.hoursPerWeek: -40 is outside (0, 168]");
  }

  @Test
  void acceptsEveryHourOfTheWeek() {
    assertThat(fullTime().hoursPerWeek(new BigDecimal("168")).build().hoursPerWeek())
        .contains(new BigDecimal("168"));
    assertThat(fullTime().hoursPerWeek(new BigDecimal("0.5")).build().hoursPerWeek()).isPresent();
  }

  @Test
  void rejectsMoreHoursThanTheWeekHas() {
    assertThatThrownBy(() -> fullTime().hoursPerWeek(new BigDecimal("168.1")).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Employment.hoursPerWeek: 168.1 is outside (0, 168]");
  }

  @Test
  @Timeout(5)
  void rejectsHugeHoursPerWeekWithoutWritingItOut() {
    assertThatThrownBy(() -> fullTime().hoursPerWeek(new BigDecimal("1E+999999999")).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Employment.hoursPerWeek: 1E+999999999 is outside (0, 168]");
  }

  @Test
  void rejectsZeroOpenings() {
    assertThatThrownBy(() -> fullTime().openings(0).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Employment.openings: 0 is outside 1..2147483647");
  }

  @Test
  void acceptsOneOpening() {
    assertThat(fullTime().openings(1).build().openings()).contains(1);
  }

  @Test
  void acceptsPositiveDuration() {
    assertThat(fullTime().duration(Period.ofMonths(6)).build().duration())
        .contains(Period.ofMonths(6));
  }

  @Test
  void rejectsZeroDuration() {
    assertThatThrownBy(() -> fullTime().duration(Period.ZERO).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Employment.duration: P0D must be positive");
  }

  @Test
  void rejectsNegativeDuration() {
    assertThatThrownBy(() -> fullTime().duration(Period.ofDays(-1)).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Employment.duration: P-1D must be positive");
  }

  @Test
  void rejectsDurationWithANegativePart() {
    assertThatThrownBy(() -> fullTime().duration(Period.of(0, 6, -1)).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Employment.duration: P6M-1D must be positive");
  }

  @Test
  void hoursPerWeekIsNormalisedSoThatEqualHoursAreEqualValues() {
    assertThat(fullTime().hoursPerWeek(new BigDecimal("40.0")).build())
        .isEqualTo(fullTime().hoursPerWeek(new BigDecimal("40")).build());
    assertThat(fullTime().hoursPerWeek(new BigDecimal("37.50")).build().hoursPerWeek())
        .hasValueSatisfying(h -> assertThat(h).hasToString("37.5"));
  }

  @Test
  void hoursPerWeekHasAtMostTwoDecimals() {
    assertThatThrownBy(() -> fullTime().hoursPerWeek(new BigDecimal("37.125")).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Employment.hoursPerWeek: 37.125 has more than 2 fraction digits");
  }
}
