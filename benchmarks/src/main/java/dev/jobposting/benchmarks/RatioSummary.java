package dev.jobposting.benchmarks;

import java.util.Arrays;

/**
 * The ratios of one side's time per operation to the other's, one per round of an {@link
 * InterleavedComparison}, summarised: their median and quartiles, and the ratio over all rounds.
 *
 * @param median the median ratio
 * @param lowerQuartile the first quartile
 * @param upperQuartile the third quartile
 * @param ofTotals the ratio of the two sides' times per operation over all rounds, which slow
 *     rounds weigh more than the median does
 * @param rounds how many rounds there were
 */
record RatioSummary(double median, double lowerQuartile, double upperQuartile,
    double ofTotals, int rounds) {

  /**
   * Summarises rounds.
   *
   * @param ratios one ratio per round, in any order
   * @param ofTotals the ratio over all rounds
   * @return the summary
   * @throws IllegalArgumentException when there are no rounds
   */
  static RatioSummary of(double[] ratios, double ofTotals) {
    if (ratios.length == 0) {
      throw new IllegalArgumentException("no rounds to summarise");
    }
    double[] sorted = ratios.clone();
    Arrays.sort(sorted);
    return new RatioSummary(quantile(sorted, 0.5), quantile(sorted, 0.25),
        quantile(sorted, 0.75), ofTotals, sorted.length);
  }

  /** Interpolates between the two nearest ranks, as most statistics tools do by default. */
  private static double quantile(double[] sorted, double p) {
    double rank = p * (sorted.length - 1);
    int below = (int) Math.floor(rank);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
  }
}
