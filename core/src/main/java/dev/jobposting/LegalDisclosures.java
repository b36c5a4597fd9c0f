package dev.jobposting;

import dev.jobposting.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Statements and declarations that employers make, or that laws ask for, in a posting: equal
 * opportunity and accommodation statements, Ontario's declarations of AI use in screening and of
 * an existing vacancy, and whether pay is disclosed before the interview where EU law allows that
 * instead of in the posting.
 */
@Value.Immutable
public abstract class LegalDisclosures implements WithLegalDisclosures {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  LegalDisclosures() {}

  /** {@return the equal-opportunity statement} */
  public abstract Optional<String> equalOpportunityStatement();

  /** {@return how to ask for accommodations in the hiring process} */
  public abstract Optional<String> accommodationStatement();

  /** {@return whether artificial intelligence screens, assesses or selects applicants} */
  public abstract Optional<Boolean> aiUsedInScreening();

  /** {@return whether the posting is for a vacancy that exists now} */
  public abstract Optional<Boolean> existingVacancy();

  /** {@return whether pay is told to applicants before the first interview} */
  public abstract Optional<Boolean> payDisclosedBeforeInterview();

  /** {@return commitments such as schema.org's VeteranCommit} */
  public abstract List<String> specialCommitments();

  @Value.Check
  void check() {
    Checks.text("LegalDisclosures.equalOpportunityStatement", equalOpportunityStatement());
    Checks.text("LegalDisclosures.accommodationStatement", accommodationStatement());
    Checks.texts("LegalDisclosures.specialCommitments", specialCommitments());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LegalDisclosures}. */
  public static final class Builder extends ImmutableLegalDisclosures.Builder {
    Builder() {}
  }
}
