package dev.jobposting.validation.internal;

import static dev.jobposting.validation.Profile.GOOGLE_RECOMMENDED;
import static dev.jobposting.validation.Severity.WARNING;

import dev.jobposting.JobPosting;
import dev.jobposting.application.Application;
import dev.jobposting.application.ApplicationDeadline;
import dev.jobposting.compensation.Compensation;
import dev.jobposting.compensation.PayPeriod;
import dev.jobposting.compensation.PayRange;
import dev.jobposting.employment.Employment;
import dev.jobposting.organization.Employer;
import dev.jobposting.requirement.Requirement;
import dev.jobposting.validation.Rule;
import java.util.List;
import java.util.Optional;

/** Google for Jobs' recommended properties (GR-01 to GR-07), all warnings. */
final class GoogleRecommendedRules {

  private GoogleRecommendedRules() {}

  static void define(RuleBook.Builder book) {
    book.check(book.rule("GR-01", GOOGLE_RECOMMENDED, WARNING, Sources.GOOGLE_JOB_POSTING, null,
        "validThrough is set when applications close on a fixed day."),
        GoogleRecommendedRules::validThrough);
    Rule type = book.rule("GR-02", GOOGLE_RECOMMENDED, WARNING, Sources.GOOGLE_JOB_POSTING, null,
        "An employment type is set (every type maps onto Google's eight values).");
    book.presence(type, "employment", JobPosting::employment);
    book.presence(type, "employment", JobPosting::employment, "types", Employment::types);
    book.check(book.rule("GR-03", GOOGLE_RECOMMENDED, WARNING, Sources.GOOGLE_JOB_POSTING, null,
        "baseSalary is set with a unitText Google knows (not one-time) and both minimum and"
            + " maximum."),
        GoogleRecommendedRules::baseSalary);
    book.presence(book.rule("GR-04", GOOGLE_RECOMMENDED, WARNING, Sources.GOOGLE_JOB_POSTING,
        null, "An identifier, such as the requisition id, is set."),
        "identifiers", JobPosting::identifiers);
    Rule direct = book.rule("GR-05", GOOGLE_RECOMMENDED, WARNING, Sources.GOOGLE_DIRECT_APPLY,
        null, "directApply is stated.");
    book.presence(direct, "application", JobPosting::application);
    book.presence(direct, "application", JobPosting::application, "directApply",
        Application::directApply);
    Rule employer = book.rule("GR-06", GOOGLE_RECOMMENDED, WARNING, Sources.GOOGLE_JOB_POSTING,
        null, "The employer has sameAs links and a logo.");
    book.presence(employer, "employer", JobPosting::employer, "sameAs", Employer::sameAs);
    book.presence(employer, "employer", JobPosting::employer, "logo", Employer::logo);
    book.check(book.rule("GR-07", GOOGLE_RECOMMENDED, WARNING, Sources.GOOGLE_EDUCATION_BETA,
        null, "Education levels map onto Google's credentialCategory values (high school and"
            + " above)."),
        GoogleRecommendedRules::credentialCategory);
  }

  static void validThrough(JobPosting posting, Reporter out) {
    Optional<ApplicationDeadline> deadline = posting.application().flatMap(a -> a.deadline());
    if (posting.validThrough().isEmpty() && deadline.isPresent() && !deadline.get().rolling()) {
      out.add("validThrough", "GR-01", "deadline", deadline.get().date().orElseThrow());
    }
  }

  static void baseSalary(JobPosting posting, Reporter out) {
    Optional<PayRange> base = posting.compensation().flatMap(Compensation::base);
    if (base.isEmpty()) {
      out.add("compensation.base", "GR-03");
      return;
    }
    if (base.get().period() == PayPeriod.ONE_TIME) {
      out.add("compensation.base.period", "GR-03.oneTime");
    }
    if (base.get().isOpenEnded()) {
      out.add("compensation.base", "GR-03.openEnded");
    }
  }

  static void credentialCategory(JobPosting posting, Reporter out) {
    List<Requirement> requirements = posting.requirements();
    for (int i = 0; i < requirements.size(); i++) {
      int index = i;
      requirements.get(i).educationLevel()
          .filter(level -> level.googleCredentialCategory().isEmpty())
          .ifPresent(level -> out.add("requirements[" + index + "].educationLevel", "GR-07",
              "level", level));
    }
  }
}
