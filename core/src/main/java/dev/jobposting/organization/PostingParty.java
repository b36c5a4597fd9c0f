package dev.jobposting.organization;

import dev.jobposting.WebAddress;
import dev.jobposting.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/** A third party, such as an agency, that publishes the posting for the employer. */
@Value.Immutable
public abstract class PostingParty implements WithPostingParty {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  PostingParty() {}

  /** {@return the party's name} */
  public abstract String name();

  /** {@return the part it plays} */
  public abstract PostingPartyRole role();

  /** {@return its website} */
  public abstract Optional<WebAddress> website();

  /**
   * A party with a name and a role.
   *
   * @param name the name
   * @param role the role
   * @return the party
   */
  public static PostingParty of(String name, PostingPartyRole role) {
    return builder().name(name).role(role).build();
  }

  @Value.Check
  PostingParty normalize() {
    String name = Checks.text("PostingParty.name", name());
    return name.equals(name()) ? this : withName(name);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PostingParty}. */
  public static final class Builder extends ImmutablePostingParty.Builder {
    Builder() {}
  }
}
