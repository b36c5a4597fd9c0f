package dev.jobposting.validation.internal;

import dev.jobposting.JobPosting;
import dev.jobposting.application.Application;
import dev.jobposting.employment.Employment;
import dev.jobposting.organization.Employer;
import dev.jobposting.validation.Profile;
import dev.jobposting.validation.Rule;
import dev.jobposting.validation.Severity;
import dev.jobposting.validation.internal.RuleBook.Presence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.PropertyConstraintMappingContext;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;

/**
 * Attaches the rule book to the core types through Hibernate Validator's programmatic mapping:
 * posting-level rules as one {@link PostingRule} per profile and severity on {@code JobPosting},
 * required properties as {@link Present} on fluent getters, and cascades into the employer,
 * employment and application.
 */
final class Mapping {

  /** The posting's getters that lead to the nested types that carry constraints. */
  private static final Map<Class<?>, String> CASCADES = Map.of(
      Employer.class, "employer",
      Employment.class, "employment",
      Application.class, "application");

  private Mapping() {}

  static ConstraintMapping create(HibernateValidatorConfiguration configuration, RuleBook book) {
    ConstraintMapping mapping = configuration.createConstraintMapping();
    Map<Class<?>, Map<String, List<Presence>>> getters = new LinkedHashMap<>();
    getters.put(JobPosting.class, new LinkedHashMap<>());
    CASCADES.values().forEach(getter ->
        getters.get(JobPosting.class).put(getter, new ArrayList<>()));
    for (Presence presence : book.presences()) {
      getters.computeIfAbsent(presence.type(), type -> new LinkedHashMap<>())
          .computeIfAbsent(presence.getter(), getter -> new ArrayList<>())
          .add(presence);
    }
    for (Map.Entry<Class<?>, Map<String, List<Presence>>> type : getters.entrySet()) {
      TypeConstraintMappingContext<?> context = mapping.type(type.getKey());
      if (type.getKey() == JobPosting.class) {
        for (List<Rule> rules : postingRulesByProfileAndSeverity(book).values()) {
          context.constraint(postingRule(rules));
        }
      }
      for (Map.Entry<String, List<Presence>> getter : type.getValue().entrySet()) {
        PropertyConstraintMappingContext property = context.getter(getter.getKey());
        for (Presence presence : getter.getValue()) {
          property.constraint(present(presence));
        }
        if (type.getKey() == JobPosting.class && CASCADES.containsValue(getter.getKey())) {
          property.containerElementType().valid();
        }
      }
    }
    return mapping;
  }

  /**
   * {@return the posting's getters that lead to nested constraints of some groups} A nested
   * constraint runs when one of the groups is its rule's group or extends it.
   *
   * @param book the rule book
   * @param groups the groups being validated
   */
  static Set<String> cascades(RuleBook book, List<Class<?>> groups) {
    Set<String> getters = new HashSet<>();
    for (Presence presence : book.presences()) {
      Class<?> group = presence.rule().profile().group();
      if (CASCADES.containsKey(presence.type())
          && groups.stream().anyMatch(group::isAssignableFrom)) {
        getters.add(CASCADES.get(presence.type()));
      }
    }
    return getters;
  }

  /** {@return the rules with a posting-level check, by profile and severity, in catalogue order} */
  private static Map<ProfileAndSeverity, List<Rule>> postingRulesByProfileAndSeverity(
      RuleBook book) {
    Map<ProfileAndSeverity, List<Rule>> rules = new LinkedHashMap<>();
    for (Rule rule : book.rules()) {
      if (!book.checks().containsKey(rule.id())) {
        continue;
      }
      rules.computeIfAbsent(new ProfileAndSeverity(rule.profile(), rule.severity()),
          key -> new ArrayList<>())
          .add(rule);
    }
    return rules;
  }

  // ConstraintDef.payload takes a generic varargs array of Class objects; nothing unsafe is stored.
  @SuppressWarnings("unchecked")
  private static GenericConstraintDef<PostingRule> postingRule(List<Rule> rules) {
    Rule rule = rules.get(0);
    return new GenericConstraintDef<>(PostingRule.class)
        .param("rules", rules.stream().map(Rule::id).toArray(String[]::new))
        .groups(rule.profile().group())
        .payload(rule.severity().payload());
  }

  @SuppressWarnings("unchecked")
  private static GenericConstraintDef<Present> present(Presence presence) {
    Rule rule = presence.rule();
    return new GenericConstraintDef<>(Present.class)
        .param("rule", rule.id())
        .message(Reporter.template(rule.id()))
        .groups(rule.profile().group())
        .payload(rule.severity().payload());
  }

  /** What the rules that share one posting-rule constraint have in common. */
  private record ProfileAndSeverity(Profile profile, Severity severity) {}
}
