package dev.jobposting.compensation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PayPeriodTest {

  private static final Set<String> GOOGLE_UNIT_TEXTS =
      Set.of("HOUR", "DAY", "WEEK", "MONTH", "YEAR");

  @ParameterizedTest
  @EnumSource(value = PayPeriod.class, names = "ONE_TIME", mode = EnumSource.Mode.EXCLUDE)
  void recurringPeriodsHaveGoogleUnitText(PayPeriod period) {
    assertThat(period.googleUnitText()).hasValueSatisfying(
        unit -> assertThat(unit).isIn(GOOGLE_UNIT_TEXTS));
  }

  @Test
  void oneTimeHasNoGoogleUnitText() {
    assertThat(PayPeriod.ONE_TIME.googleUnitText()).isEmpty();
  }

  @Test
  void everyGoogleUnitTextIsUsedOnce() {
    assertThat(Arrays.stream(PayPeriod.values())
            .flatMap(p -> p.googleUnitText().stream()))
        .containsExactlyInAnyOrderElementsOf(GOOGLE_UNIT_TEXTS);
  }
}
