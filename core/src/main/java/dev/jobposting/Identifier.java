package dev.jobposting;

import dev.jobposting.internal.Checks;
import org.immutables.value.Value;

/**
 * An identifier of the posting in some scheme, such as the employer's requisition id.
 *
 * <pre>{@code
 * Identifier.of("requisition", "REQ-2026-0042");
 * }</pre>
 */
@Value.Immutable
public abstract class Identifier implements WithIdentifier {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  Identifier() {}

  /** {@return the scheme, such as {@code requisition} or an ATS name} */
  @Value.Parameter
  public abstract String scheme();

  /** {@return the identifier within the scheme} */
  @Value.Parameter
  public abstract String value();

  /**
   * Creates an identifier.
   *
   * @param scheme the scheme
   * @param value the value
   * @return the identifier
   */
  public static Identifier of(String scheme, String value) {
    return ImmutableIdentifier.of(scheme, value);
  }

  @Value.Check
  Identifier normalize() {
    String scheme = Checks.text("Identifier.scheme", scheme());
    String value = Checks.text("Identifier.value", value());
    return scheme.equals(scheme()) && value.equals(value()) ? this : of(scheme, value);
  }
}
