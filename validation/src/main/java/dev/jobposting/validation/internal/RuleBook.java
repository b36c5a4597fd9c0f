package dev.jobposting.validation.internal;

import dev.jobposting.JobPosting;
import dev.jobposting.validation.Profile;
import dev.jobposting.validation.Rule;
import dev.jobposting.validation.Severity;
import dev.jobposting.validation.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every rule, in catalogue order, with the checks that find what it reports: checks on the whole
 * posting, and presence checks on single properties. Built once.
 */
public final class RuleBook {

  private static final RuleBook INSTANCE = build();

  private final List<Rule> rules;
  private final Map<Profile, List<CheckedRule>> byProfile = new EnumMap<>(Profile.class);

  private RuleBook(Builder builder) {
    rules = List.copyOf(builder.rules.values());
    for (Profile profile : Profile.values()) {
      byProfile.put(profile, new ArrayList<>());
    }
    int position = 0;
    for (Rule rule : rules) {
      List<Check> checks = builder.checks.getOrDefault(rule.id(), List.of());
      if (checks.isEmpty()) {
        throw new IllegalStateException("rule " + rule.id() + " has no check");
      }
      byProfile.get(rule.profile())
          .add(new CheckedRule(rule, position++, List.copyOf(checks)));
    }
    byProfile.replaceAll((profile, checked) -> List.copyOf(checked));
  }

  /** {@return the rule book} */
  public static RuleBook get() {
    return INSTANCE;
  }

  private static RuleBook build() {
    Builder builder = new Builder();
    PublishableRules.define(builder);
    GoogleRules.define(builder);
    GoogleRecommendedRules.define(builder);
    PayTransparencyRules.define(builder);
    return new RuleBook(builder);
  }

  /** {@return every rule, in catalogue order} */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * {@return the rules of one profile with their checks, in catalogue order} The rules of {@link
   * Profile#PAY_TRANSPARENCY} are only its own (the reach it cannot tell), not its jurisdictions'.
   *
   * @param profile the profile
   */
  List<CheckedRule> rulesOf(Profile profile) {
    return byProfile.get(profile);
  }

  /**
   * A rule with its place in the catalogue, which findings sort by after severity, and its checks.
   *
   * @param rule the rule
   * @param position its place in the catalogue, from 0
   * @param checks what finds what the rule reports; every one runs
   */
  public record CheckedRule(Rule rule, int position, List<Check> checks) {}

  /** Collects rules and their checks while the rule classes define them. */
  static final class Builder {

    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final Map<String, List<Check>> checks = new LinkedHashMap<>();

    Rule rule(String id, Profile profile, Severity severity, Source source, LocalDate from,
        String summary) {
      Rule rule = new Rule(id, profile, severity, source, Optional.ofNullable(from), summary);
      if (rules.putIfAbsent(id, rule) != null) {
        throw new IllegalStateException("rule " + id + " is defined twice");
      }
      return rule;
    }

    /**
     * Adds a check that looks at the whole posting.
     *
     * @param rule the rule whose findings it reports
     * @param check the check
     */
    void check(Rule rule, Check check) {
      checks.computeIfAbsent(rule.id(), id -> new ArrayList<>()).add(check);
    }

    /**
     * Requires a property of the posting: an {@code Optional} that holds a value, a collection
     * that is not empty. A missing one is reported at its name, under the rule id as message key.
     *
     * @param rule the rule
     * @param property the property's name, which is its path
     * @param getter reads the property
     */
    void presence(Rule rule, String property, Function<JobPosting, ?> getter) {
      check(rule, (posting, out) -> {
        if (isMissing(getter.apply(posting))) {
          out.add(property, rule.id());
        }
      });
    }

    /**
     * Requires a property of a nested value when the posting has that value; whether it has it is
     * another presence's business.
     *
     * @param rule the rule
     * @param owner the posting's property that holds the nested value, such as {@code employment}
     * @param ownerGetter reads it
     * @param property the nested value's property, such as {@code types}
     * @param getter reads that property
     * @param <T> the nested value's type
     */
    <T> void presence(Rule rule, String owner, Function<JobPosting, Optional<T>> ownerGetter,
        String property, Function<T, ?> getter) {
      String path = owner + "." + property;
      check(rule, (posting, out) -> {
        Optional<T> value = ownerGetter.apply(posting);
        if (value.isPresent() && isMissing(getter.apply(value.get()))) {
          out.add(path, rule.id());
        }
      });
    }

    private static boolean isMissing(Object value) {
      if (value instanceof Optional) {
        return ((Optional<?>) value).isEmpty();
      }
      if (value instanceof Collection) {
        return ((Collection<?>) value).isEmpty();
      }
      return value == null;
    }
  }
}
