package dev.jobposting.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobposting.JobPosting;
import dev.jobposting.benchmarks.Fixtures;
import dev.jobposting.testkit.PostingGenerator;
import dev.jobposting.testkit.SamplePostings;
import dev.jobposting.validation.Finding;
import dev.jobposting.validation.JobPostingValidator;
import dev.jobposting.validation.Profile;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The baselines do the same job as the library, so that the benchmarks compare like with like. */
class BaselineFairnessTest {

  private final ObjectMapper library = Fixtures.libraryMapper();
  private final ObjectMapper baseline = BaselineMapper.create();

  @Test
  void baselineReadsAndWritesTheSameJsonAsTheLibrary() throws Exception {
    for (JobPosting posting : Stream.concat(
        Stream.of(SamplePostings.reference(), SamplePostings.full(), SamplePostings.minimal()),
        Stream.generate(PostingGenerator.withSeed(7)::next).limit(200)).toList()) {
      String canonical = library.writeValueAsString(posting);
      PojoPosting pojo = baseline.readValue(canonical, PojoPosting.class);
      assertThat(baseline.writeValueAsString(pojo)).isEqualTo(canonical);
    }
  }

  @Test
  void baselineFindsTheSameRulesAsTheLibraryForTheReferencePosting() throws Exception {
    assertThat(baselineRules(SamplePostings.reference()))
        .isEqualTo(libraryRules(SamplePostings.reference()))
        .contains("P-04", "P-06", "G-01");
  }

  @Test
  void baselineFindsTheSameRulesAsTheLibraryForTheFullPosting() throws Exception {
    assertThat(baselineRules(SamplePostings.full()))
        .isEqualTo(libraryRules(SamplePostings.full()));
  }

  private Set<String> libraryRules(JobPosting posting) {
    return JobPostingValidator.create().asOf(Fixtures.AS_OF)
        .validate(posting, Profile.PUBLISHABLE, Profile.GOOGLE_REQUIRED)
        .findings().stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
  }

  private Set<String> baselineRules(JobPosting posting) throws Exception {
    Validator validator = BaselineValidator.create(Fixtures.AS_OF);
    PojoPosting pojo = baseline.readValue(library.writeValueAsString(posting), PojoPosting.class);
    return validator.validate(pojo, BaselineGroups.Publishable.class,
            BaselineGroups.GoogleRequired.class).stream()
        .map(violation -> violation.getMessage().split(" ")[0])
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
