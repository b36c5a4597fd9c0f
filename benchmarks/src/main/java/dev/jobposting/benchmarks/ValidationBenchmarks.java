package dev.jobposting.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobposting.JobPosting;
import dev.jobposting.benchmarks.baseline.BaselineGroups;
import dev.jobposting.benchmarks.baseline.BaselineMapper;
import dev.jobposting.benchmarks.baseline.BaselineValidator;
import dev.jobposting.benchmarks.baseline.PojoPosting;
import dev.jobposting.testkit.PostingGenerator;
import dev.jobposting.testkit.SamplePostings;
import dev.jobposting.validation.JobPostingValidator;
import dev.jobposting.validation.Profile;
import dev.jobposting.validation.ValidationReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The reference posting validated by the library and by plain Hibernate Validator on a POJO, and
 * the library on the generated postings of the feed benchmark.
 */
@State(Scope.Benchmark)
public class ValidationBenchmarks extends MicroBenchmark {

  /**
   * How many generated postings {@link #validateGenerated} cycles through: enough to mix every
   * shape the generator makes.
   */
  private static final int GENERATED = 1_000;

  private final JobPostingValidator library = JobPostingValidator.create().asOf(Fixtures.AS_OF);
  private final Validator baseline = BaselineValidator.create(Fixtures.AS_OF);

  private JobPosting posting;
  private PojoPosting pojo;
  private JobPosting[] generated;
  private int next;

  /** Prepares the reference posting in both forms, and the generated postings. */
  @Setup
  public void prepare() throws IOException {
    posting = SamplePostings.reference();
    ObjectMapper library = Fixtures.libraryMapper();
    pojo = BaselineMapper.create().readValue(library.writeValueAsString(posting),
        PojoPosting.class);
    PostingGenerator generator = Fixtures.feedPostings();
    generated = new JobPosting[GENERATED];
    for (int i = 0; i < GENERATED; i++) {
      generated[i] = generator.next();
    }
  }

  /** {@return the library's report for the publishable and Google profiles} */
  @Benchmark
  public ValidationReport validatePublishableGoogle() {
    return library.validate(posting, Profile.PUBLISHABLE, Profile.GOOGLE_REQUIRED);
  }

  /** {@return the library's report for every pay-transparency profile} */
  @Benchmark
  public ValidationReport validatePayTransparency() {
    return library.validate(posting, Profile.PAY_TRANSPARENCY);
  }

  /**
   * {@return the library's report for the publishable and Google profiles of the next generated
   * posting} Feed postings are not the reference posting: most have several findings.
   */
  @Benchmark
  public ValidationReport validateGenerated() {
    JobPosting current = generated[next];
    next = (next + 1) % GENERATED;
    return library.validate(current, Profile.PUBLISHABLE, Profile.GOOGLE_REQUIRED);
  }

  /** {@return plain Hibernate Validator's violations of the same rules} */
  @Benchmark
  public Set<ConstraintViolation<PojoPosting>> validateBaseline() {
    return baseline.validate(pojo, BaselineGroups.Publishable.class,
        BaselineGroups.GoogleRequired.class);
  }
}
