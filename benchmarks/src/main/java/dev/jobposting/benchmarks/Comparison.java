package dev.jobposting.benchmarks;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A target of the benchmarks as a pair of operations: the one measured and the one it is divided
 * by, both the methods JMH runs, on the same prepared state.
 */
enum Comparison {

  /** The read of the reference posting against plain Jackson's. */
  READ("readCanonical", "readBaseline", 1.0,
      json(json -> new Sides(json::readCanonical, json::readBaseline))),
  /** The write of the reference posting against plain Jackson's. */
  WRITE("writeCanonical", "writeBaseline", 1.0,
      json(json -> new Sides(json::writeCanonical, json::writeBaseline))),
  /** The JSON-LD export against the canonical write. */
  EXPORT("exportJsonLd", "writeCanonical", 1.5,
      json(json -> new Sides(json::exportJsonLd, json::writeCanonical))),
  /** The JSON-LD import against the canonical read. */
  IMPORT("importJsonLd", "readCanonical", 2.0,
      json(json -> new Sides(json::importJsonLd, json::readCanonical))),
  /** Validation with the publishable and Google profiles against plain Hibernate Validator. */
  VALIDATE("validatePublishableGoogle", "validateBaseline", 1.5, () -> {
    ValidationBenchmarks validation = new ValidationBenchmarks();
    validation.prepare();
    return new Sides(validation::validatePublishableGoogle, validation::validateBaseline);
  });

  private final String measured;
  private final String baseline;
  private final double target;
  private final Preparation preparation;

  Comparison(String measured, String baseline, double target, Preparation preparation) {
    this.measured = measured;
    this.baseline = baseline;
    this.target = target;
    this.preparation = preparation;
  }

  /** {@return the two operations, on freshly prepared state} */
  Sides sides() throws IOException {
    return preparation.prepare();
  }

  /** {@return the name given on the command line} */
  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@return every comparison's name on the command line, in declaration order} */
  static List<String> ids() {
    return Arrays.stream(values()).map(Comparison::id).toList();
  }

  /** {@return the benchmark measured, over the one it is divided by} */
  String describe() {
    return measured + " / " + baseline;
  }

  /** {@return the highest ratio the benchmark's target allows} */
  double target() {
    return target;
  }

  private static Preparation json(Function<JsonBenchmarks, Sides> sides) {
    return () -> {
      JsonBenchmarks json = new JsonBenchmarks();
      json.prepare();
      return sides.apply(json);
    };
  }

  /** Prepares the state of a comparison's benchmarks and gives their two operations. */
  @FunctionalInterface
  private interface Preparation {

    Sides prepare() throws IOException;
  }

  /** One operation of a benchmark. */
  @FunctionalInterface
  interface Operation {

    /** {@return the operation's result, never null} */
    Object run() throws Exception;
  }

  /**
   * The operation measured and the one it is divided by.
   *
   * @param measured the operation measured
   * @param baseline the operation it is divided by
   */
  record Sides(Operation measured, Operation baseline) {}
}
