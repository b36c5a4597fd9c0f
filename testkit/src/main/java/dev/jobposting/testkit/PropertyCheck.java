package dev.jobposting.testkit;

import dev.jobposting.JobPosting;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a property over many generated postings, with no test framework needed.
 *
 * <p>Each case has its own seed, derived from a base seed. The base seed is {@value
 * #DEFAULT_SEED} unless the system property {@code jobposting.seed} sets another ({@code random}
 * picks a fresh one), so builds are repeatable and wider searches are one flag away. A failing case
 * is reported with its seed; {@code PostingGenerator.withSeed(caseSeed).next()} gives it back.
 *
 * <pre>{@code
 * PropertyCheck.forAll(1_000, posting ->
 *     assertThat(posting.withTitle("x")).isNotSameAs(posting));
 * }</pre>
 */
public final class PropertyCheck {

  /** The base seed used when the {@code jobposting.seed} system property is not set. */
  public static final long DEFAULT_SEED = 20261127L;

  private PropertyCheck() {}

  /**
   * Runs a property over generated postings, starting from the configured base seed.
   *
   * @param cases how many postings to try
   * @param property the check; it fails by throwing
   * @throws AssertionError naming the failing case's seed and wrapping the original failure
   */
  public static void forAll(int cases, Consumer<JobPosting> property) {
    forAll(cases, baseSeed(), property);
  }

  /**
   * Runs a property over generated postings from a given base seed.
   *
   * @param cases how many postings to try
   * @param baseSeed the seed the case seeds derive from
   * @param property the check; it fails by throwing
   * @throws AssertionError naming the failing case's seed and wrapping the original failure
   */
  public static void forAll(int cases, long baseSeed, Consumer<JobPosting> property) {
    SplittableRandom seeds = new SplittableRandom(baseSeed);
    for (int i = 0; i < cases; i++) {
      long caseSeed = seeds.nextLong();
      JobPosting posting = PostingGenerator.withSeed(caseSeed).next();
      try {
        property.accept(posting);
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("property failed on case " + i + " of " + cases + " (base seed "
            + baseSeed + "); replay with PostingGenerator.withSeed(" + caseSeed + "L).next(): "
            + e.getMessage(), e);
      }
    }
  }

  /** {@return the base seed: the {@code jobposting.seed} system property, or the default} */
  public static long baseSeed() {
    String configured = System.getProperty("jobposting.seed");
    if (configured == null || configured.isBlank()) {
      return DEFAULT_SEED;
    }
    if (configured.equals("random")) {
      return new SplittableRandom().nextLong();
    }
    return Long.parseLong(configured.strip());
  }
}
