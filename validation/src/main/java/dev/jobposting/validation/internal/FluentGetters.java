package dev.jobposting.validation.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator see core's fluent accessors ({@code title()}, not {@code getTitle()})
 * as properties named after the method.
 */
public final class FluentGetters implements GetterPropertySelectionStrategy {

  /** Methods without parameters that are not properties of a value. */
  private static final Set<String> NOT_PROPERTIES =
      Set.of("toString", "hashCode", "getClass", "toBuilder", "clone");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || NOT_PROPERTIES.contains(executable.getName())) {
      return Optional.empty();
    }
    return Optional.of(executable.getName());
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
