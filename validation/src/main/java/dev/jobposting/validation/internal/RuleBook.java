package dev.jobposting.validation.internal;

import dev.jobposting.validation.Profile;
import dev.jobposting.validation.Rule;
import dev.jobposting.validation.Severity;
import dev.jobposting.validation.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule, in catalogue order, with how it is checked: a {@link Check} on the whole posting, or
 * {@link Presence} constraints on getters. Built once.
 */
public final class RuleBook {

  private static final RuleBook INSTANCE = build();

  private final Map<String, Rule> rules;
  private final Map<String, Check> checks;
  private final List<Presence> presences;
  private final Map<String, Integer> order;

  private RuleBook(Builder builder) {
    rules = Collections.unmodifiableMap(new LinkedHashMap<>(builder.rules));
    checks = Map.copyOf(builder.checks);
    presences = List.copyOf(builder.presences);
    Map<String, Integer> positions = new LinkedHashMap<>();
    builder.rules.keySet().forEach(id -> positions.put(id, positions.size()));
    order = Collections.unmodifiableMap(positions);
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
    return List.copyOf(rules.values());
  }

  /**
   * Looks a rule up.
   *
   * @param id the rule id
   * @return the rule
   * @throws IllegalArgumentException when there is no such rule
   */
  public Rule rule(String id) {
    Rule rule = rules.get(id);
    if (rule == null) {
      throw new IllegalArgumentException("no rule " + id);
    }
    return rule;
  }

  /**
   * {@return the position of a rule in the catalogue, for ordering findings}
   *
   * @param id the rule id
   */
  public int position(String id) {
    return order.get(id);
  }

  Check check(String id) {
    Check check = checks.get(id);
    if (check == null) {
      throw new IllegalArgumentException("rule " + id + " has no posting-level check");
    }
    return check;
  }

  Map<String, Check> checks() {
    return checks;
  }

  List<Presence> presences() {
    return presences;
  }

  /** Collects rules while the rule classes define them. */
  static final class Builder {

    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final Map<String, Check> checks = new LinkedHashMap<>();
    private final List<Presence> presences = new ArrayList<>();

    Rule rule(String id, Profile profile, Severity severity, Source source, LocalDate from,
        String summary) {
      Rule rule = new Rule(id, profile, severity, source, Optional.ofNullable(from), summary);
      if (rules.putIfAbsent(id, rule) != null) {
        throw new IllegalStateException("rule " + id + " is defined twice");
      }
      return rule;
    }

    void check(Rule rule, Check check) {
      checks.put(rule.id(), check);
    }

    void presence(Rule rule, Class<?> type, String getter) {
      presences.add(new Presence(rule, type, getter));
    }
  }

  /**
   * A property that a rule requires to be present.
   *
   * @param rule the rule
   * @param type the type that declares the getter
   * @param getter the fluent getter's name, which is also the property name
   */
  record Presence(Rule rule, Class<?> type, String getter) {}
}
