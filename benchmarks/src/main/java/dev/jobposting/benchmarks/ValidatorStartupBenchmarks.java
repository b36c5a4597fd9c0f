package dev.jobposting.benchmarks;

import dev.jobposting.JobPosting;
import dev.jobposting.benchmarks.baseline.BaselineGroups;
import dev.jobposting.benchmarks.baseline.PojoPosting;
import dev.jobposting.testkit.SamplePostings;
import dev.jobposting.validation.JobPostingValidator;
import dev.jobposting.validation.Profile;
import dev.jobposting.validation.ValidationReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a validator once in a fresh JVM, up to its first result: the library's validator
 * (its rule book is built on first use) against a plain default Hibernate Validator factory. Each
 * fork measures one cold start.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ValidatorStartupBenchmarks {

  private JobPosting posting;
  private PojoPosting pojo;

  /** Builds the inputs outside the measurement. */
  @Setup
  public void prepare() {
    posting = SamplePostings.reference();
    pojo = new PojoPosting();
    pojo.title = posting.title();
  }

  /** {@return the first report of a validator built in this JVM} */
  @Benchmark
  public ValidationReport buildLibraryValidator() {
    return JobPostingValidator.create().asOf(Fixtures.AS_OF)
        .validate(posting, Profile.PUBLISHABLE, Profile.GOOGLE_REQUIRED);
  }

  /** {@return the first violations of a plain default factory built in this JVM} */
  @Benchmark
  public Set<ConstraintViolation<PojoPosting>> buildDefaultFactory() {
    return Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator()
        .validate(pojo, BaselineGroups.Publishable.class, BaselineGroups.GoogleRequired.class);
  }
}
