package dev.jobposting.application;

import dev.jobposting.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Until when applications are taken: a last day, or on a rolling basis, optionally with the day
 * the window is expected to close (as Colorado asks).
 *
 * <pre>{@code
 * ApplicationDeadline.on(LocalDate.of(2026, 12, 31));
 * ApplicationDeadline.ongoing();
 * }</pre>
 */
@Value.Immutable
public abstract class ApplicationDeadline implements WithApplicationDeadline {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  ApplicationDeadline() {}

  /** {@return the last day to apply, or for rolling applications the expected close} */
  public abstract Optional<LocalDate> date();

  /** {@return whether applications are taken on an ongoing basis} */
  @Value.Default
  public boolean rolling() {
    return false;
  }

  /**
   * A fixed last day.
   *
   * @param date the last day to apply
   * @return the deadline
   */
  public static ApplicationDeadline on(LocalDate date) {
    return builder().date(date).build();
  }

  /** {@return applications on an ongoing basis, with no expected close} */
  public static ApplicationDeadline ongoing() {
    return builder().rolling(true).build();
  }

  /**
   * Applications on an ongoing basis, expected to close on a day.
   *
   * @param expectedClose the day the window is expected to close
   * @return the deadline
   */
  public static ApplicationDeadline ongoingUntil(LocalDate expectedClose) {
    return builder().rolling(true).date(expectedClose).build();
  }

  @Value.Check
  void check() {
    Checks.require(rolling() || date().isPresent(), "ApplicationDeadline.date",
        "is required unless applications are rolling");
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ApplicationDeadline}. */
  public static final class Builder extends ImmutableApplicationDeadline.Builder {
    Builder() {}
  }
}
