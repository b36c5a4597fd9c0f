package dev.jobposting.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RatioSummaryTest {

  @Test
  void takesTheMiddleRankOfAnOddNumberOfRounds() {
    RatioSummary summary = RatioSummary.of(new double[] {1.5, 0.9, 1.2, 2.0, 1.1}, 1.5);

    assertThat(summary.median()).isEqualTo(1.2);
    assertThat(summary.lowerQuartile()).isEqualTo(1.1);
    assertThat(summary.upperQuartile()).isEqualTo(1.5);
    assertThat(summary.ofTotals()).isEqualTo(1.5);
    assertThat(summary.rounds()).isEqualTo(5);
  }

  @Test
  void interpolatesBetweenRanks() {
    RatioSummary summary = RatioSummary.of(new double[] {4, 1, 3, 2}, 2.5);

    assertThat(summary.median()).isEqualTo(2.5);
    assertThat(summary.lowerQuartile()).isCloseTo(1.75, within(1e-12));
    assertThat(summary.upperQuartile()).isCloseTo(3.25, within(1e-12));
  }

  @Test
  void summarisesOneRound() {
    RatioSummary summary = RatioSummary.of(new double[] {0.8}, 0.8);

    assertThat(summary.median()).isEqualTo(0.8);
    assertThat(summary.lowerQuartile()).isEqualTo(0.8);
    assertThat(summary.upperQuartile()).isEqualTo(0.8);
  }

  @Test
  void refusesToSummariseNothing() {
    assertThatThrownBy(() -> RatioSummary.of(new double[0], 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no rounds");
  }

  @Test
  void leavesTheCallersArrayInItsOrder() {
    double[] ratios = {3, 1, 2};

    RatioSummary.of(ratios, 2.0);

    assertThat(ratios).containsExactly(3, 1, 2);
  }
}
