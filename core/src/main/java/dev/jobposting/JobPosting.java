package dev.jobposting;

import dev.jobposting.application.Application;
import dev.jobposting.benefit.Benefit;
import dev.jobposting.compensation.Compensation;
import dev.jobposting.employment.Employment;
import dev.jobposting.internal.Checks;
import dev.jobposting.internal.Languages;
import dev.jobposting.organization.Employer;
import dev.jobposting.organization.PostingParty;
import dev.jobposting.requirement.Requirement;
import dev.jobposting.role.Role;
import dev.jobposting.workplace.Workplace;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A job posting: the advertisement of one job, with everything a job board, a search engine or a
 * pay-transparency law asks of it.
 *
 * <p>Only the title is required. A draft without pay, dates or location is a valid value; what a
 * posting still lacks before publishing is the validation module's business.
 *
 * <pre>{@code
 * JobPosting posting = JobPosting.builder()
 *     .title("Backend Engineer")
 *     .description(RichText.plain("Build the services behind our job board."))
 *     .employer(Employer.of("Example GmbH"))
 *     .workplace(Workplace.onSite(PostalAddress.inCountry("DE")))
 *     .datePosted(LocalDate.of(2026, 11, 27))
 *     .build();
 *
 * JobPosting renamed = posting.withTitle("Senior Backend Engineer"); // posting is unchanged
 * }</pre>
 */
@Value.Immutable
public abstract class JobPosting implements WithJobPosting {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  JobPosting() {}

  /** {@return identifiers of the posting, unique per scheme} */
  public abstract List<Identifier> identifiers();

  /** {@return the job's title, not blank, without surrounding white space} */
  public abstract String title();

  /** {@return the full description} */
  public abstract Optional<RichText> description();

  /** {@return the language the posting is written in} */
  public abstract Optional<Locale> language();

  /** {@return the employer} */
  public abstract Optional<Employer> employer();

  /** {@return the agency or other party that publishes for the employer} */
  public abstract Optional<PostingParty> postingParty();

  /** {@return the role: department, seniority, classification} */
  public abstract Optional<Role> role();

  /** {@return the terms of employment} */
  public abstract Optional<Employment> employment();

  /** {@return where the work happens} */
  public abstract Optional<Workplace> workplace();

  /** {@return the pay} */
  public abstract Optional<Compensation> compensation();

  /** {@return what the job involves, one item per duty} */
  public abstract List<String> responsibilities();

  /** {@return what candidates need} */
  public abstract List<Requirement> requirements();

  /** {@return whether experience may stand in for the stated education} */
  @Value.Default
  public boolean experienceInPlaceOfEducation() {
    return false;
  }

  /** {@return the benefits} */
  public abstract List<Benefit> benefits();

  /** {@return how to apply} */
  public abstract Optional<Application> application();

  /** {@return the day the posting was first published} */
  public abstract Optional<LocalDate> datePosted();

  /** {@return the last day the posting is valid, inclusive} */
  public abstract Optional<LocalDate> validThrough();

  /** {@return legal statements and declarations} */
  public abstract Optional<LegalDisclosures> legal();

  /** {@return the canonical address of the posting's page} */
  public abstract Optional<WebAddress> url();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this posting's values, to change several at once} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  JobPosting normalize() {
    String title = Checks.text("JobPosting.title", title());
    if (!title.equals(title())) {
      return withTitle(title);
    }
    Checks.distinctBy("JobPosting.identifiers", identifiers(), Identifier::scheme);
    language().ifPresent(l -> Languages.check("JobPosting.language", l));
    Checks.texts("JobPosting.responsibilities", responsibilities());
    if (datePosted().isPresent() && validThrough().isPresent()) {
      Checks.require(!validThrough().get().isBefore(datePosted().get()), "JobPosting.validThrough",
          () -> validThrough().get() + " is before datePosted " + datePosted().get());
    }
    return this;
  }

  /** Builds a {@link JobPosting}. */
  public static final class Builder extends ImmutableJobPosting.Builder {
    Builder() {}
  }
}
