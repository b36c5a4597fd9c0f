package dev.jobposting.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.JobPosting;
import dev.jobposting.testkit.SamplePostings;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * One posting-rule constraint runs several rules. Hibernate Validator merges the equal violations
 * of one constraint, so rules that share a constraint must not report the same key at the same
 * path; the reporter says so (with assertions enabled, as in every test run).
 */
class PostingRuleValidatorTest {

  /** A factory whose only constraint is one posting rule running the given rules. */
  private static ValidatorFactory factoryRunning(String... rules) {
    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
        .configure()
        .ignoreXmlConfiguration()
        .messageInterpolator(new ParameterMessageInterpolator())
        .clockProvider(() -> Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC));
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping.type(JobPosting.class)
        .constraint(new GenericConstraintDef<>(PostingRule.class).param("rules", rules));
    return configuration.addMapping(mapping).buildValidatorFactory();
  }

  @Test
  void eachFindingNamesTheRuleThatReportedIt() {
    try (ValidatorFactory factory = factoryRunning("PT-CO-01", "PT-SK-01")) {
      Set<ConstraintViolation<JobPosting>> violations =
          factory.getValidator().validate(SamplePostings.reference());
      assertThat(violations.stream().map(v -> Detail.of(v).rule()).collect(Collectors.toSet()))
          .containsExactlyInAnyOrder("PT-CO-01", "PT-SK-01");
    }
  }

  /** Colorado and California report a missing pay range under one key, at one path. */
  @Test
  void rulesOfOneConstraintMustNotReportTheSameKeyAtTheSamePath() {
    try (ValidatorFactory factory = factoryRunning("PT-CO-01", "PT-CA-01")) {
      assertThatThrownBy(() -> factory.getValidator().validate(SamplePostings.reference()))
          .isInstanceOf(ValidationException.class)
          .rootCause()
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("rules PT-CO-01 and PT-CA-01 both report PT.payRange at"
              + " 'compensation.base'; give one of them a key of its own");
    }
  }
}
