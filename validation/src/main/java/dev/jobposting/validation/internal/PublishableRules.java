package dev.jobposting.validation.internal;

import static dev.jobposting.validation.Profile.PUBLISHABLE;
import static dev.jobposting.validation.Severity.ERROR;

import dev.jobposting.JobPosting;
import dev.jobposting.application.Application;
import dev.jobposting.employment.Employment;
import dev.jobposting.validation.Rule;
import dev.jobposting.workplace.WorkMode;
import dev.jobposting.workplace.Workplace;

/**
 * The basics every published posting needs. The title is not among them: core guarantees a
 * non-blank title for every posting.
 */
final class PublishableRules {

  private PublishableRules() {}

  static void define(RuleBook.Builder book) {
    book.presence(book.rule("P-01", PUBLISHABLE, ERROR, Sources.GOOGLE_JOB_POSTING, null,
        "A description is present."), "description", JobPosting::description);
    book.presence(book.rule("P-02", PUBLISHABLE, ERROR, Sources.GOOGLE_JOB_POSTING, null,
        "The employer is named."), "employer", JobPosting::employer);
    book.check(book.rule("P-03", PUBLISHABLE, ERROR, Sources.GOOGLE_JOB_POSTING, null,
        "A work location is given, or for remote work the applicant locations."),
        PublishableRules::location);
    Rule type = book.rule("P-04", PUBLISHABLE, ERROR, Sources.GOOGLE_JOB_POSTING, null,
        "At least one employment type is given.");
    book.presence(type, "employment", JobPosting::employment);
    book.presence(type, "employment", JobPosting::employment, "types", Employment::types);
    book.check(book.rule("P-05", PUBLISHABLE, ERROR, Sources.CLOUD_TALENT_APPLICATION, null,
        "There is a way to apply: an address, an e-mail or instructions."),
        PublishableRules::wayToApply);
    book.presence(book.rule("P-06", PUBLISHABLE, ERROR, Sources.GOOGLE_JOB_POSTING, null,
        "The posting date is given."), "datePosted", JobPosting::datePosted);
    book.check(book.rule("P-07", PUBLISHABLE, ERROR, Sources.GOOGLE_EXPIRED_JOBS, null,
        "The posting has not expired: validThrough is not before the reference day."),
        notExpired("P-07"));
  }

  static void location(JobPosting posting, Reporter out) {
    if (posting.workplace().isEmpty()) {
      out.add("workplace", "P-03");
      return;
    }
    Workplace workplace = posting.workplace().get();
    if (workplace.mode() == WorkMode.REMOTE) {
      if (workplace.applicantLocations().isEmpty()) {
        out.add("workplace.applicantLocations", "P-03.remote");
      }
    } else if (workplace.locations().isEmpty()) {
      out.add("workplace.locations", "P-03.onSite", "mode", workplace.mode());
    }
  }

  static void wayToApply(JobPosting posting, Reporter out) {
    if (!posting.application().map(PublishableRules::hasWayToApply).orElse(false)) {
      out.add("application", "P-05");
    }
  }

  static boolean hasWayToApply(Application application) {
    return !application.urls().isEmpty() || !application.emails().isEmpty()
        || application.instructions().isPresent();
  }

  static Check notExpired(String key) {
    return (posting, out) -> posting.validThrough()
        .filter(end -> end.isBefore(out.asOf()))
        .ifPresent(end -> out.add("validThrough", key, "validThrough", end, "asOf", out.asOf()));
  }
}
