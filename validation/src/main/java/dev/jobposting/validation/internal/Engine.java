package dev.jobposting.validation.internal;

import dev.jobposting.JobPosting;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The Hibernate Validator factory that carries the rule book, built once per class loader. It
 * needs no Expression Language: messages go through {@link ParameterMessageInterpolator}, and the
 * factory ignores any {@code META-INF/validation.xml} of the application.
 */
public final class Engine {

  private static final Engine INSTANCE = new Engine();

  /**
   * How many (day, locale, groups) validators are kept. Hibernate Validator caches initialized
   * constraint validators per clock provider, so a fresh clock provider per call would rebuild
   * every constraint validator on every validation; a few days, locales and sets of profiles cover
   * real use.
   */
  private static final int MAX_CACHED_VALIDATORS = 32;

  private final ValidatorFactory factory;
  private final ParameterMessageInterpolator interpolator = new ParameterMessageInterpolator();
  private final Map<ValidatorKey, Validator> validators = new ConcurrentHashMap<>();

  private Engine() {
    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
        .configure()
        .ignoreXmlConfiguration()
        .getterPropertySelectionStrategy(new FluentGetters())
        .messageInterpolator(interpolator);
    configuration.addMapping(Mapping.create(configuration, RuleBook.get()));
    factory = configuration.buildValidatorFactory();
  }

  /** {@return the shared engine} */
  public static Engine get() {
    return INSTANCE;
  }

  /**
   * Validates a posting.
   *
   * @param posting the posting
   * @param asOf the reference day
   * @param locale the language of the messages
   * @param groups the groups of the profiles to run
   * @return the violations, one per finding
   */
  public Set<ConstraintViolation<JobPosting>> validate(JobPosting posting, LocalDate asOf,
      Locale locale, Class<?>... groups) {
    return validator(new ValidatorKey(asOf, locale, List.of(groups))).validate(posting, groups);
  }

  private Validator validator(ValidatorKey key) {
    Validator validator = validators.get(key);
    if (validator != null) {
      return validator;
    }
    if (validators.size() >= MAX_CACHED_VALIDATORS) {
      validators.clear();
    }
    return validators.computeIfAbsent(key, this::build);
  }

  private Validator build(ValidatorKey key) {
    Clock clock = new ReferenceDayClock(key.asOf());
    return factory.unwrap(HibernateValidatorFactory.class).usingContext()
        .clockProvider(() -> clock)
        .messageInterpolator(new FixedLocaleInterpolator(interpolator, key.locale()))
        .traversableResolver(
            new NestedCascades(Mapping.cascades(RuleBook.get(), key.groups())))
        .enableTraversableResolverResultCache(false)
        .getValidator();
  }

  /** The reference day, message language and groups a validator is built for. */
  private record ValidatorKey(LocalDate asOf, Locale locale, List<Class<?>> groups) {}
}
