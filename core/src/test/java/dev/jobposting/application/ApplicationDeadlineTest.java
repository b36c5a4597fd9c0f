package dev.jobposting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.InvariantViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ApplicationDeadlineTest {

  private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2026, 12, 31);

  @Test
  void fixedDayIsNotRolling() {
    ApplicationDeadline deadline = ApplicationDeadline.on(NEW_YEARS_EVE);

    assertThat(deadline.rolling()).isFalse();
    assertThat(deadline.date()).contains(NEW_YEARS_EVE);
  }

  @Test
  void ongoingHasNoDate() {
    assertThat(ApplicationDeadline.ongoing().rolling()).isTrue();
    assertThat(ApplicationDeadline.ongoing().date()).isEmpty();
  }

  @Test
  void ongoingMayHaveAnExpectedClose() {
    ApplicationDeadline deadline = ApplicationDeadline.ongoingUntil(NEW_YEARS_EVE);

    assertThat(deadline.rolling()).isTrue();
    assertThat(deadline.date()).contains(NEW_YEARS_EVE);
  }

  @Test
  void rejectsNeitherRollingNorDate() {
    assertThatThrownBy(() -> ApplicationDeadline.builder().build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("ApplicationDeadline.date: is required unless applications are rolling");
  }
}
