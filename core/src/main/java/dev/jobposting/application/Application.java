package dev.jobposting.application;

import dev.jobposting.InvariantViolationException;
import dev.jobposting.WebAddress;
import dev.jobposting.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * How to apply: addresses of apply pages, e-mail addresses, instructions, whether applying happens
 * directly on the posting's page, and the deadline.
 *
 * <pre>{@code
 * Application.builder()
 *     .addUrl(WebAddress.of("https://example.com/jobs/42/apply"))
 *     .deadline(ApplicationDeadline.ongoing())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Application implements WithApplication {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  Application() {}

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

  /** {@return addresses of pages to apply on} */
  public abstract List<WebAddress> urls();

  /** {@return e-mail addresses that take applications} */
  public abstract List<String> emails();

  /** {@return how to apply, in words} */
  public abstract Optional<String> instructions();

  /** {@return whether applying starts directly on the posting's page (Google's directApply)} */
  public abstract Optional<Boolean> directApply();

  /** {@return until when applications are taken} */
  public abstract Optional<ApplicationDeadline> deadline();

  @Value.Check
  void check() {
    Checks.distinct("Application.urls", urls());
    for (int i = 0; i < emails().size(); i++) {
      String email = emails().get(i);
      if (!EMAIL.matcher(email).matches()) {
        throw new InvariantViolationException("Application.emails[" + i + "]",
            "'" + email + "' is not an e-mail address");
      }
    }
    Checks.text("Application.instructions", instructions());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Application}. */
  public static final class Builder extends ImmutableApplication.Builder {
    Builder() {}
  }
}
