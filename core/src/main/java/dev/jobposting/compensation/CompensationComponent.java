package dev.jobposting.compensation;

import dev.jobposting.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Pay beyond the base pay, such as a bonus or equity, with an optional amount and a description.
 *
 * <pre>{@code
 * CompensationComponent.of(ComponentType.BONUS, "Annual bonus of up to 10% of base pay");
 * }</pre>
 */
@Value.Immutable
public abstract class CompensationComponent implements WithCompensationComponent {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  CompensationComponent() {}

  /** {@return the kind of pay} */
  public abstract ComponentType type();

  /** {@return the amount or range, when stated} */
  public abstract Optional<PayRange> amount();

  /** {@return what it is and how it is earned; required for {@link ComponentType#OTHER}} */
  public abstract Optional<String> description();

  /**
   * A component described in words.
   *
   * @param type the kind of pay
   * @param description what it is
   * @return the component
   */
  public static CompensationComponent of(ComponentType type, String description) {
    return builder().type(type).description(description).build();
  }

  @Value.Check
  void check() {
    Checks.text("CompensationComponent.description", description());
    Checks.require(type() != ComponentType.OTHER || description().isPresent(),
        "CompensationComponent.description", "is required when the type is OTHER");
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CompensationComponent}. */
  public static final class Builder extends ImmutableCompensationComponent.Builder {
    Builder() {}
  }
}
