package dev.jobposting.role;

import dev.jobposting.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A code from a classification scheme, never a bare code: the scheme, its version when known, the
 * code and a label.
 *
 * <pre>{@code
 * ClassificationCode.builder()
 *     .scheme(ClassificationScheme.ONET_SOC).schemeVersion("2019")
 *     .code("11-9041.00").label("Architectural and Engineering Managers")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ClassificationCode implements WithClassificationCode {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  ClassificationCode() {}

  /** {@return the scheme} */
  public abstract ClassificationScheme scheme();

  /** {@return the scheme's version or edition, such as {@code 2019} or {@code 08}} */
  public abstract Optional<String> schemeVersion();

  /** {@return the scheme's name as given; required for {@link ClassificationScheme#OTHER}} */
  public abstract Optional<String> schemeName();

  /** {@return the code} */
  public abstract String code();

  /** {@return the code's label, such as the occupation's name} */
  public abstract Optional<String> label();

  /**
   * A code with no version or label.
   *
   * @param scheme the scheme
   * @param code the code
   * @return the classification code
   */
  public static ClassificationCode of(ClassificationScheme scheme, String code) {
    return builder().scheme(scheme).code(code).build();
  }

  @Value.Check
  ClassificationCode normalize() {
    String code = Checks.text("ClassificationCode.code", code());
    if (!code.equals(code())) {
      return withCode(code);
    }
    Checks.text("ClassificationCode.schemeVersion", schemeVersion());
    Checks.text("ClassificationCode.schemeName", schemeName());
    Checks.text("ClassificationCode.label", label());
    Checks.require(scheme() != ClassificationScheme.OTHER || schemeName().isPresent(),
        "ClassificationCode.schemeName", "is required when the scheme is OTHER");
    return this;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClassificationCode}. */
  public static final class Builder extends ImmutableClassificationCode.Builder {
    Builder() {}
  }
}
