package dev.jobposting.benchmarks;

import dev.jobposting.benchmarks.Comparison.Operation;
import dev.jobposting.benchmarks.Comparison.Sides;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A cross-check of the JMH time ratios for machines on which they move from run to run. JMH runs
 * one benchmark after the other, so a ratio divides two scores taken minutes apart, in whatever
 * phases a shared machine went through. Here the operation measured and the one it is divided by
 * run in one JVM in alternating batches of a few milliseconds, in rounds of A B B A (a drift
 * within a round cancels), and each round gives one ratio of their times per operation; the
 * median and quartiles of those ratios are reported. Each comparison runs in a fresh JVM, started
 * with this one's Java, class path, {@code -X} options and system properties. Only time is compared: allocated bytes are
 * steady under JMH ({@code -prof gc}), and stay JMH's.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.jobposting.benchmarks.InterleavedComparison
 * java -cp benchmarks/target/benchmarks.jar dev.jobposting.benchmarks.InterleavedComparison \
 *     read import --warmup 10 --seconds 60
 * }</pre>
 */
public final class InterleavedComparison {

  /** About how long one side's batch runs; short enough for hundreds of rounds a minute. */
  private static final long BATCH_NANOS = 2_000_000;
  private static final String IN_THIS_JVM = "--in-this-jvm";

  /** The last result of an operation; written so that no operation's work is dead code. */
  @SuppressWarnings("unused")
  private static volatile Object consumed;

  private InterleavedComparison() {}

  /**
   * Runs comparisons and prints one line for each.
   *
   * @param args the comparisons ({@code read write export import validate}; all when none is
   *     named), then optionally {@code --warmup SECONDS} (10) and {@code --seconds SECONDS} (30)
   * @throws Exception when a comparison fails
   */
  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: InterleavedComparison [" + String.join(" ", Comparison.ids())
          + "]... [--warmup SECONDS] [--seconds SECONDS]");
      System.exit(2);
      return;
    }
    if (options.inThisJvm()) {
      Comparison comparison = options.comparisons().get(0);
      System.out.println(line(comparison,
          measure(comparison.sides(), options.warmup(), options.measurement()),
          options.measurement()));
      return;
    }
    for (Comparison comparison : options.comparisons()) {
      int exit = fork(comparison, options);
      if (exit != 0) {
        System.exit(exit);
      }
    }
  }

  private static int fork(Comparison comparison, Options options) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Memory, compiler and recording options and system properties carry over; agents do not,
    // as a debugger's port, say, can be taken by one JVM only.
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(option -> option.startsWith("-X") || option.startsWith("-D"))
        .forEach(command::add);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        InterleavedComparison.class.getName(), comparison.id(),
        "--warmup", seconds(options.warmup()), "--seconds", seconds(options.measurement()),
        IN_THIS_JVM));
    return new ProcessBuilder(command).inheritIO().start().waitFor();
  }

  private static String seconds(Duration duration) {
    return Double.toString(duration.toNanos() / 1e9);
  }

  /**
   * Measures the two sides of a comparison in alternating batches.
   *
   * @param sides the operation measured and the one it is divided by
   * @param warmup how long both run before measuring, which also sizes the batches
   * @param measurement how long to measure
   * @return the ratios of the measured side's time per operation to the other's
   * @throws Exception when an operation fails
   */
  static RatioSummary measure(Sides sides, Duration warmup, Duration measurement)
      throws Exception {
    long warmupStart = System.nanoTime();
    long secondHalf = warmupStart + warmup.toNanos() / 2;
    long warmupEnd = warmupStart + warmup.toNanos();
    // The batches are sized by the second half of the warm-up only: in the first, the code is
    // still being compiled and runs many times slower than it will.
    long[] warmupNanos = new long[2];
    long warmupRuns = 0;
    boolean counting = false;
    do {
      if (!counting && System.nanoTime() >= secondHalf) {
        counting = true;
        warmupNanos = new long[2];
        warmupRuns = 0;
      }
      warmupNanos[0] += timed(sides.measured(), 1);
      warmupNanos[1] += timed(sides.baseline(), 1);
      warmupRuns++;
    } while (!counting || System.nanoTime() < warmupEnd);
    int measuredBatch = batchSize(warmupNanos[0] / warmupRuns);
    int baselineBatch = batchSize(warmupNanos[1] / warmupRuns);

    List<Double> ratios = new ArrayList<>();
    long measuredNanos = 0;
    long baselineNanos = 0;
    long end = System.nanoTime() + measurement.toNanos();
    do {
      long measured = timed(sides.measured(), measuredBatch);
      long baseline = timed(sides.baseline(), baselineBatch);
      baseline += timed(sides.baseline(), baselineBatch);
      measured += timed(sides.measured(), measuredBatch);
      ratios.add(perOperation(measured, measuredBatch) / perOperation(baseline, baselineBatch));
      measuredNanos += measured;
      baselineNanos += baseline;
    } while (System.nanoTime() < end);
    // Each side ran two batches in every round, so dividing both totals by one batch is enough.
    return RatioSummary.of(ratios.stream().mapToDouble(Double::doubleValue).toArray(),
        perOperation(measuredNanos, measuredBatch) / perOperation(baselineNanos, baselineBatch));
  }

  private static int batchSize(long nanosPerOperation) {
    return (int) Math.max(1, Math.min(1_000_000, BATCH_NANOS / Math.max(1, nanosPerOperation)));
  }

  private static double perOperation(long nanos, int batch) {
    return (double) nanos / batch;
  }

  private static long timed(Operation operation, int times) throws Exception {
    long start = System.nanoTime();
    for (int i = 0; i < times; i++) {
      Object result = operation.run();
      if (result == null) {
        throw new IllegalStateException("an operation returned null");
      }
      // Published, as JMH's Blackhole consumes it, so that the compiler cannot drop the work.
      consumed = result;
    }
    return System.nanoTime() - start;
  }

  private static String line(Comparison comparison, RatioSummary summary, Duration measurement) {
    return String.format(Locale.ROOT,
        "%-8s %-46s median %.2fx (quartiles %.2fx to %.2fx), over all rounds %.2fx;"
            + " %d rounds in %.0f s; target <= %.1fx",
        comparison.id(), comparison.describe(), summary.median(), summary.lowerQuartile(),
        summary.upperQuartile(), summary.ofTotals(), summary.rounds(),
        measurement.toNanos() / 1e9, comparison.target());
  }

  /**
   * What the command line asks for.
   *
   * @param comparisons the comparisons, in the order named
   * @param warmup how long each warms up
   * @param measurement how long each is measured
   * @param inThisJvm whether this JVM is the one started for a single comparison
   */
  record Options(List<Comparison> comparisons, Duration warmup, Duration measurement,
      boolean inThisJvm) {

    /**
     * Reads a command line.
     *
     * @param args the arguments
     * @return the options
     * @throws IllegalArgumentException naming the argument that cannot be read
     */
    static Options parse(String[] args) {
      List<Comparison> comparisons = new ArrayList<>();
      Duration warmup = Duration.ofSeconds(10);
      Duration measurement = Duration.ofSeconds(30);
      boolean inThisJvm = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--warmup" -> warmup = seconds(args, ++i);
          case "--seconds" -> measurement = seconds(args, ++i);
          case IN_THIS_JVM -> inThisJvm = true;
          default -> comparisons.add(comparison(args[i]));
        }
      }
      if (comparisons.isEmpty()) {
        comparisons.addAll(List.of(Comparison.values()));
      }
      if (inThisJvm && comparisons.size() != 1) {
        throw new IllegalArgumentException(IN_THIS_JVM + " runs exactly one comparison");
      }
      return new Options(List.copyOf(comparisons), warmup, measurement, inThisJvm);
    }

    private static Comparison comparison(String name) {
      return Arrays.stream(Comparison.values()).filter(c -> c.id().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown comparison '" + name
              + "'; the comparisons are " + String.join(", ", Comparison.ids())));
    }

    private static Duration seconds(String[] args, int index) {
      if (index >= args.length) {
        throw new IllegalArgumentException(args[index - 1] + " needs a number of seconds");
      }
      double seconds;
      try {
        seconds = Double.parseDouble(args[index]);
      } catch (NumberFormatException e) {
        seconds = Double.NaN;
      }
      if (!(seconds >= 0.001 && seconds <= 86_400)) {
        throw new IllegalArgumentException(args[index - 1] + " takes a number of seconds"
            + " from 0.001 to 86400, not '" + args[index] + "'");
      }
      return Duration.ofNanos(Math.round(seconds * 1e9));
    }
  }
}
