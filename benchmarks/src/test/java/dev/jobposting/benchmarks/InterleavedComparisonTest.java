package dev.jobposting.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.benchmarks.Comparison.Sides;
import dev.jobposting.benchmarks.InterleavedComparison.Options;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InterleavedComparisonTest {

  @Test
  void runsEveryComparisonForHalfAMinuteByDefault() {
    Options options = Options.parse(new String[0]);

    assertThat(options.comparisons()).containsExactly(Comparison.values());
    assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(10));
    assertThat(options.measurement()).isEqualTo(Duration.ofSeconds(30));
    assertThat(options.inThisJvm()).isFalse();
  }

  @Test
  void runsTheNamedComparisonsInTheirOrder() {
    Options options = Options.parse(new String[] {"import", "read", "--seconds", "1.5",
        "--warmup", "2"});

    assertThat(options.comparisons()).containsExactly(Comparison.IMPORT, Comparison.READ);
    assertThat(options.measurement()).isEqualTo(Duration.ofMillis(1500));
    assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void namesTheComparisonsWhenOneIsUnknown() {
    assertThatThrownBy(() -> Options.parse(new String[] {"reed"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown comparison 'reed'; the comparisons are read, write, export, import,"
            + " validate");
  }

  @Test
  void refusesDurationsThatAreNotAPositiveNumberOfSeconds() {
    assertThatThrownBy(() -> Options.parse(new String[] {"--seconds", "ten"}))
        .hasMessage("--seconds takes a number of seconds from 0.001 to 86400, not 'ten'");
    assertThatThrownBy(() -> Options.parse(new String[] {"--warmup", "0"}))
        .hasMessageContaining("not '0'");
    assertThatThrownBy(() -> Options.parse(new String[] {"--warmup", "NaN"}))
        .hasMessageContaining("not 'NaN'");
    assertThatThrownBy(() -> Options.parse(new String[] {"--warmup", "1e-10"}))
        .hasMessageContaining("not '1e-10'");
    assertThatThrownBy(() -> Options.parse(new String[] {"read", "--seconds"}))
        .hasMessage("--seconds needs a number of seconds");
  }

  @Test
  void runsOneComparisonInTheJvmStartedForIt() {
    assertThatThrownBy(() -> Options.parse(new String[] {"read", "write", "--in-this-jvm"}))
        .hasMessage("--in-this-jvm runs exactly one comparison");
  }

  @Test
  void measuresBothSidesOfABenchmarkPairInRounds() throws Exception {
    RatioSummary summary = InterleavedComparison.measure(Comparison.READ.sides(),
        Duration.ofMillis(200), Duration.ofMillis(200));

    assertThat(summary.rounds()).isPositive();
    assertThat(summary.median()).isFinite().isPositive();
    assertThat(summary.lowerQuartile()).isLessThanOrEqualTo(summary.median());
    assertThat(summary.upperQuartile()).isGreaterThanOrEqualTo(summary.median());
    assertThat(summary.ofTotals()).isFinite().isPositive();
  }

  @Test
  void measuresAfterAWarmUpShorterThanOneOperation() throws Exception {
    Comparison.Operation slow = () -> {
      Thread.sleep(2);
      return "done";
    };

    RatioSummary summary = InterleavedComparison.measure(new Sides(slow, slow),
        Duration.ofMillis(1), Duration.ofMillis(5));

    assertThat(summary.rounds()).isPositive();
    assertThat(summary.median()).isFinite().isPositive();
  }

  @Test
  void refusesAnOperationThatGivesNothing() {
    Sides sides = new Sides(() -> null, () -> "read");

    assertThatThrownBy(() -> InterleavedComparison.measure(sides, Duration.ofMillis(1),
        Duration.ofMillis(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("an operation returned null");
  }

  @Test
  void preparesEveryComparison() throws Exception {
    for (Comparison comparison : Comparison.values()) {
      Sides sides = comparison.sides();

      assertThat(sides.measured().run()).as(comparison.id()).isNotNull();
      assertThat(sides.baseline().run()).as(comparison.id()).isNotNull();
    }
  }
}
