package dev.jobposting.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobposting.JobPosting;
import dev.jobposting.application.Application;
import dev.jobposting.employment.Employment;
import dev.jobposting.organization.Employer;
import dev.jobposting.validation.Rule;
import dev.jobposting.validation.Severity;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The programmatic mapping puts every rule on the core types with its profile's group and its
 * severity as payload, and needs the fluent-getter strategy to see the properties.
 */
class MappingTest {

  private static ValidatorFactory factory() {
    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
        .configure()
        .ignoreXmlConfiguration()
        .getterPropertySelectionStrategy(new FluentGetters())
        .messageInterpolator(new ParameterMessageInterpolator());
    return configuration.addMapping(Mapping.create(configuration, RuleBook.get()))
        .buildValidatorFactory();
  }

  private static List<ConstraintDescriptor<?>> constraints(BeanDescriptor bean) {
    List<ConstraintDescriptor<?>> all = new ArrayList<>(bean.getConstraintDescriptors());
    bean.getConstrainedProperties().forEach(p -> all.addAll(p.getConstraintDescriptors()));
    return all;
  }

  /**
   * A presence constraint names its rule; a posting-rule constraint names the rules of one profile
   * and severity, in catalogue order, and no rule is in two. Either way, every rule is mapped with
   * its profile's group and its severity as payload.
   */
  @Test
  void everyRuleIsMappedWithItsGroupAndSeverity() {
    Set<String> mapped = new HashSet<>();
    List<String> inPostingRules = new ArrayList<>();
    try (ValidatorFactory factory = factory()) {
      for (Class<?> type : List.of(JobPosting.class, Employer.class, Employment.class,
          Application.class)) {
        for (ConstraintDescriptor<?> constraint :
            constraints(factory.getValidator().getConstraintsForClass(type))) {
          Map<String, Object> attributes = constraint.getAttributes();
          List<String> ids = attributes.containsKey("rules")
              ? List.of((String[]) attributes.get("rules"))
              : List.of((String) attributes.get("rule"));
          assertThat(ids).isSortedAccordingTo(
              Comparator.comparingInt(id -> RuleBook.get().position(id)));
          if (constraint.getAnnotation() instanceof PostingRule) {
            inPostingRules.addAll(ids);
          }
          for (String id : ids) {
            Rule rule = RuleBook.get().rule(id);
            assertThat(constraint.getGroups()).as(id).containsExactly(rule.profile().group());
            assertThat(Severity.of(constraint.getPayload())).as(id).isEqualTo(rule.severity());
            mapped.add(id);
          }
        }
      }
    }
    assertThat(mapped).containsExactlyInAnyOrderElementsOf(
        RuleBook.get().rules().stream().map(Rule::id).toList());
    assertThat(inPostingRules).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(RuleBook.get().checks().keySet());
  }

  @Test
  void postingRulesShareOneConstraintPerProfileAndSeverity() {
    try (ValidatorFactory factory = factory()) {
      Set<ConstraintDescriptor<?>> constraints = factory.getValidator()
          .getConstraintsForClass(JobPosting.class).getConstraintDescriptors();
      long profilesAndSeverities = RuleBook.get().rules().stream()
          .filter(rule -> RuleBook.get().checks().containsKey(rule.id()))
          .map(rule -> List.of(rule.profile(), rule.severity()))
          .distinct().count();
      assertThat(constraints).hasSize((int) profilesAndSeverities)
          .allSatisfy(c -> assertThat(c.getAnnotation()).isInstanceOf(PostingRule.class));
      assertThat(constraints).anySatisfy(c ->
          assertThat((String[]) c.getAttributes().get("rules")).hasSizeGreaterThan(1));
    }
  }

  @Test
  void cascadesOnlyIntoValuesWithConstraintsOfTheGroups() {
    assertThat(Mapping.cascades(RuleBook.get(),
        List.of(Groups.Publishable.class, Groups.GoogleRequired.class)))
        .containsExactly("employment");
    assertThat(Mapping.cascades(RuleBook.get(), List.of(Groups.GoogleRecommended.class)))
        .containsExactlyInAnyOrder("employer", "employment", "application");
    assertThat(Mapping.cascades(RuleBook.get(), List.of(Groups.PayTransparency.class)))
        .isEmpty();
  }

  @Test
  void fluentAccessorsAreProperties() {
    try (ValidatorFactory factory = factory()) {
      assertThat(factory.getValidator().getConstraintsForClass(JobPosting.class)
          .getConstraintsForProperty("datePosted")).isNotNull();
    }
  }

  @Test
  void theModuleShipsNoValidationXml() {
    assertThat(MappingTest.class.getResource("/META-INF/validation.xml")).isNull();
  }
}
