package dev.jobposting.validation;

import jakarta.validation.Payload;
import java.util.Set;

/**
 * How serious a finding is. Only {@link #ERROR} stops a posting from being publishable.
 *
 * <p>On the Bean Validation side a rule's severity is its payload: {@link ErrorPayload} or {@link
 * WarningPayload}.
 */
public enum Severity {
  /** The posting breaks a requirement; it must not be published as it is. */
  ERROR,
  /** The posting works but misses a recommendation, or a rule had to assume something. */
  WARNING;

  /** Marks a constraint whose violation is an {@link #ERROR}. */
  public interface ErrorPayload extends Payload {}

  /** Marks a constraint whose violation is a {@link #WARNING}. */
  public interface WarningPayload extends Payload {}

  /** {@return the payload class that marks constraints of this severity} */
  public Class<? extends Payload> payload() {
    return this == ERROR ? ErrorPayload.class : WarningPayload.class;
  }

  /**
   * Reads the severity from a constraint's payload.
   *
   * @param payload the payload classes of a constraint
   * @return {@link #WARNING} when the payload says so, otherwise {@link #ERROR}
   */
  public static Severity of(Set<Class<? extends Payload>> payload) {
    return payload.contains(WarningPayload.class) ? WARNING : ERROR;
  }
}
