package dev.jobposting.role;

import dev.jobposting.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The role: its team, level and classification. */
@Value.Immutable
public abstract class Role implements WithRole {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  Role() {}

  /** {@return the department or team} */
  public abstract Optional<String> department();

  /** {@return the level} */
  public abstract Optional<Seniority> seniority();

  /** {@return occupation codes, such as O*NET-SOC and ISCO-08 codes for the same role} */
  public abstract List<ClassificationCode> occupations();

  /** {@return the industry code of the role} */
  public abstract Optional<ClassificationCode> industry();

  @Value.Check
  void check() {
    Checks.text("Role.department", department());
    Checks.distinct("Role.occupations", occupations());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Role}. */
  public static final class Builder extends ImmutableRole.Builder {
    Builder() {}
  }
}
