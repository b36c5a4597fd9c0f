package dev.jobposting.workplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.InvariantViolationException;
import java.time.Period;
import org.junit.jupiter.api.Test;

class TravelTest {

  @Test
  void rejectsTravelWithoutAnything() {
    assertThatThrownBy(() -> Travel.builder().build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Travel.percentOfTime: travel needs a share of time, trips,"
            + " a trip length or a description");
  }

  @Test
  void acceptsAnyOneOfItsParts() {
    assertThat(Travel.builder().percentOfTime(10).build().percentOfTime()).contains(10);
    assertThat(Travel.builder().tripsPerYear(2).build().tripsPerYear()).contains(2);
    assertThat(Travel.builder().tripLength(Period.ofWeeks(2)).build().tripLength())
        .contains(Period.ofDays(14));
    assertThat(Travel.builder().description("Occasional customer visits").build().description())
        .isPresent();
  }

  @Test
  void acceptsZeroAndHundredPercent() {
    assertThat(Travel.builder().percentOfTime(0).build().percentOfTime()).contains(0);
    assertThat(Travel.builder().percentOfTime(100).build().percentOfTime()).contains(100);
  }

  @Test
  void rejectsMoreThanHundredPercent() {
    assertThatThrownBy(() -> Travel.builder().percentOfTime(101).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Travel.percentOfTime: 101 is outside 0..100");
  }

  @Test
  void rejectsNegativePercent() {
    assertThatThrownBy(() -> Travel.builder().percentOfTime(-1).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Travel.percentOfTime: -1 is outside 0..100");
  }

  @Test
  void boundsTripsPerYear() {
    assertThat(Travel.builder().tripsPerYear(366).build().tripsPerYear()).contains(366);
    assertThatThrownBy(() -> Travel.builder().tripsPerYear(367).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Travel.tripsPerYear: 367 is outside 0..366");
  }

  @Test
  void rejectsTripLengthThatIsNotPositive() {
    assertThatThrownBy(() -> Travel.builder().tripLength(Period.ZERO).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Travel.tripLength: P0D must be positive");
    assertThatThrownBy(() -> Travel.builder().tripLength(Period.ofDays(-3)).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Travel.tripLength: P-3D must be positive");
  }

  @Test
  void rejectsBlankDescription() {
    assertThatThrownBy(() -> Travel.builder().description(" ").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Travel.description: must not be blank when present");
  }
}
