package dev.jobposting.validation.internal;

import static dev.jobposting.validation.Severity.ERROR;
import static dev.jobposting.validation.Severity.WARNING;

import dev.jobposting.JobPosting;
import dev.jobposting.LegalDisclosures;
import dev.jobposting.compensation.Compensation;
import dev.jobposting.compensation.ComponentType;
import dev.jobposting.compensation.Money;
import dev.jobposting.compensation.PayBasis;
import dev.jobposting.compensation.PayPeriod;
import dev.jobposting.compensation.PayRange;
import dev.jobposting.requirement.Requirement;
import dev.jobposting.validation.Profile;
import dev.jobposting.validation.Rule;
import dev.jobposting.validation.Severity;
import dev.jobposting.validation.internal.Jurisdiction.Option;
import dev.jobposting.workplace.WorkMode;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One profile per pay-transparency jurisdiction. Each rule first asks whether the law covers the
 * posting (reach and headcount; the effective date is checked before any rule runs), then checks
 * one duty.
 */
final class PayTransparencyRules {

  private static final Currency CAD = Currency.getInstance("CAD");
  private static final BigDecimal ONTARIO_WIDTH = new BigDecimal("50000");
  private static final BigDecimal ONTARIO_EXEMPT_ABOVE = new BigDecimal("200000");
  private static final Map<PayPeriod, BigDecimal> PER_YEAR = Map.of(
      PayPeriod.HOUR, BigDecimal.valueOf(2080), PayPeriod.DAY, BigDecimal.valueOf(260),
      PayPeriod.WEEK, BigDecimal.valueOf(52), PayPeriod.MONTH, BigDecimal.valueOf(12),
      PayPeriod.YEAR, BigDecimal.ONE);
  private static final Pattern CANADIAN_EXPERIENCE =
      Pattern.compile("(?iu)canadian\\s+(work\\s+)?experience|expérience\\s+canadienne");

  private PayTransparencyRules() {}

  static void define(RuleBook.Builder book) {
    book.check(book.rule("PT-00", Profile.PAY_TRANSPARENCY, WARNING, Sources.GOOGLE_JOB_POSTING,
        null, "Reach unknown: the posting has no work location, no remote applicant area and no"
            + " reporting location, so no pay-transparency law can be found to reach it, and none"
            + " is checked."),
        PayTransparencyRules::unknownReach);
    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      if (!jurisdiction.thresholds().isEmpty()) {
        Rule rule = book.rule(String.format("PT-%s-00", jurisdiction.code()),
            jurisdiction.profile(), WARNING, jurisdiction.source(), jurisdiction.effectiveFrom(),
            "Coverage assumed: the employer's headcount needed for the threshold is unknown, so"
                + " the posting is treated as covered (" + jurisdiction.coverage() + ").");
        book.check(rule, (posting, out) -> assumedCoverage(jurisdiction, posting, out));
      }
      for (Duty duty : jurisdiction.duties()) {
        Severity severity = duty == Duty.PAY_RANGE && jurisdiction.has(Option.PAY_BEFORE_INTERVIEW)
            ? WARNING : ERROR;
        Rule rule = book.rule(duty.ruleId(jurisdiction), jurisdiction.profile(), severity,
            jurisdiction.source(), jurisdiction.effectiveFrom(duty), summary(jurisdiction, duty));
        book.check(rule, (posting, out) -> {
          if (jurisdiction.covers(posting)) {
            check(jurisdiction, duty, posting, out);
          }
        });
        if (duty == Duty.RANGE_WIDTH) {
          Rule unchecked = book.rule(duty.ruleId(jurisdiction) + "W", jurisdiction.profile(),
              WARNING, jurisdiction.source(), jurisdiction.effectiveFrom(duty),
              "The width limit cannot be checked: the range is not in CAD, or is paid once"
                  + " (other currencies are not converted).");
          book.check(unchecked, (posting, out) -> {
            if (jurisdiction.covers(posting)) {
              posting.compensation().flatMap(Compensation::base)
                  .ifPresent(base -> widthUnchecked(base, jurisdiction.title(), out));
            }
          });
        }
      }
    }
  }

  private static void unknownReach(JobPosting posting, Reporter out) {
    if (Jurisdiction.reachIsUnknown(posting)) {
      String path = posting.workplace().map(w -> w.mode() == WorkMode.REMOTE
          ? "workplace.applicantLocations" : "workplace.locations").orElse("workplace");
      out.add(path, "PT.reachUnknown");
    }
  }

  private static void assumedCoverage(Jurisdiction jurisdiction, JobPosting posting,
      Reporter out) {
    if (!jurisdiction.isReachedBy(posting) || !jurisdiction.covers(posting)) {
      return;
    }
    for (Threshold threshold : jurisdiction.unknownThresholds(posting)) {
      String path = posting.employer().isEmpty() ? "employer" : threshold.path();
      String key = threshold.area().isEmpty() ? "PT.headcount.total" : "PT.headcount.area";
      out.add(path, key, "jurisdiction", jurisdiction.title(), "minimum", threshold.minimum(),
          "area", threshold.area().map(Object::toString).orElse(""));
    }
  }

  private static void check(Jurisdiction jurisdiction, Duty duty, JobPosting posting,
      Reporter out) {
    String name = jurisdiction.title();
    Optional<Compensation> compensation = posting.compensation();
    switch (duty) {
      case PAY_RANGE:
        payRange(jurisdiction, posting, out);
        break;
      case BENEFITS:
        if (posting.benefits().isEmpty() && !linked(jurisdiction, compensation)) {
          out.add("benefits", "PT.benefits", "jurisdiction", name);
        }
        break;
      case OTHER_COMPENSATION:
        if (compensation.map(c -> c.components().isEmpty() && c.notes().isEmpty()).orElse(true)
            && !linked(jurisdiction, compensation)) {
          out.add("compensation.components", "PT.otherCompensation", "jurisdiction", name);
        }
        break;
      case DEADLINE:
        if (posting.application().flatMap(a -> a.deadline()).isEmpty()) {
          out.add("application.deadline", "PT.deadline", "jurisdiction", name);
        }
        break;
      case HOW_TO_APPLY:
        if (!posting.application().map(PublishableRules::hasWayToApply).orElse(false)) {
          out.add("application", "PT.howToApply", "jurisdiction", name);
        }
        break;
      case JOB_DESCRIPTION:
        if (posting.description().isEmpty()) {
          out.add("description", "PT.jobDescription", "jurisdiction", name);
        }
        break;
      case RANGE_WIDTH:
        compensation.flatMap(Compensation::base).ifPresent(base -> rangeWidth(base, name, out));
        break;
      case AI_DECLARATION:
        if (posting.legal().flatMap(LegalDisclosures::aiUsedInScreening).isEmpty()) {
          out.add("legal.aiUsedInScreening", "PT.aiDeclaration", "jurisdiction", name);
        }
        break;
      case VACANCY_DECLARATION:
        if (posting.legal().flatMap(LegalDisclosures::existingVacancy).isEmpty()) {
          out.add("legal.existingVacancy", "PT.vacancyDeclaration", "jurisdiction", name);
        }
        break;
      case NO_CANADIAN_EXPERIENCE:
        canadianExperience(posting, name, out);
        break;
      case TIPPED_DISCLOSURE:
        if (compensation.flatMap(Compensation::basis).orElse(null) == PayBasis.TIPPED
            && compensation.get().components().stream()
                .noneMatch(c -> c.type() == ComponentType.TIPS)) {
          out.add("compensation.components", "PT.tipped", "jurisdiction", name);
        }
        break;
      default:
        throw new IllegalStateException("no check for " + duty);
    }
  }

  private static boolean linked(Jurisdiction jurisdiction, Optional<Compensation> compensation) {
    return jurisdiction.has(Option.BENEFITS_LINK)
        && compensation.flatMap(Compensation::detailsUrl).isPresent();
  }

  private static void payRange(Jurisdiction jurisdiction, JobPosting posting, Reporter out) {
    Optional<Compensation> compensation = posting.compensation();
    if (jurisdiction.has(Option.COMMISSION_STATEMENT)
        && compensation.flatMap(Compensation::basis).orElse(null) == PayBasis.COMMISSION_ONLY) {
      return;
    }
    boolean beforeInterview = posting.legal()
        .flatMap(LegalDisclosures::payDisclosedBeforeInterview).orElse(false);
    if (jurisdiction.has(Option.PAY_BEFORE_INTERVIEW) && beforeInterview) {
      return;
    }
    Optional<PayRange> base = compensation.flatMap(Compensation::base);
    String name = jurisdiction.title();
    if (base.isEmpty()) {
      out.add("compensation.base", jurisdiction.has(Option.PAY_BEFORE_INTERVIEW)
          ? "PT.payRange.beforeInterview" : "PT.payRange", "jurisdiction", name);
    } else if (base.get().isOpenEnded()) {
      out.add("compensation.base", "PT.payRange.openEnded", "jurisdiction", name);
    }
  }

  private static boolean widthCheckable(PayRange base) {
    return PER_YEAR.containsKey(base.period()) && base.currency().equals(CAD);
  }

  private static void widthUnchecked(PayRange base, String name, Reporter out) {
    if (!base.isOpenEnded() && !widthCheckable(base)) {
      out.add("compensation.base", "PT.rangeWidth.unchecked", "jurisdiction", name,
          "limit", ONTARIO_WIDTH, "currency", base.currency().getCurrencyCode(),
          "period", base.period());
    }
  }

  private static void rangeWidth(PayRange base, String name, Reporter out) {
    if (base.isOpenEnded() || !widthCheckable(base)) {
      return;
    }
    BigDecimal perYear = PER_YEAR.get(base.period());
    BigDecimal minimum = base.minimum().map(Money::amount).orElseThrow().multiply(perYear);
    BigDecimal width = base.maximum().map(Money::amount).orElseThrow().multiply(perYear)
        .subtract(minimum);
    if (minimum.compareTo(ONTARIO_EXEMPT_ABOVE) <= 0 && width.compareTo(ONTARIO_WIDTH) > 0) {
      out.add("compensation.base", "PT.rangeWidth", "jurisdiction", name,
          "width", width.stripTrailingZeros().toPlainString(), "limit", ONTARIO_WIDTH);
    }
  }

  private static void canadianExperience(JobPosting posting, String name, Reporter out) {
    if (CANADIAN_EXPERIENCE.matcher(posting.title()).find()) {
      out.add("title", "PT.canadianExperience", "jurisdiction", name);
    }
    posting.description()
        .filter(d -> CANADIAN_EXPERIENCE.matcher(d.text()).find())
        .ifPresent(d -> out.add("description", "PT.canadianExperience", "jurisdiction", name));
    List<Requirement> requirements = posting.requirements();
    for (int i = 0; i < requirements.size(); i++) {
      if (CANADIAN_EXPERIENCE.matcher(requirements.get(i).text()).find()) {
        out.add("requirements[" + i + "].text", "PT.canadianExperience", "jurisdiction", name);
      }
    }
  }

  private static String summary(Jurisdiction jurisdiction, Duty duty) {
    switch (duty) {
      case PAY_RANGE:
        return "Base pay with a minimum and a maximum (a fixed amount counts; an open-ended range"
            + " does not)."
            + (jurisdiction.has(Option.COMMISSION_STATEMENT)
                ? " Commission-only pay (PayBasis.COMMISSION_ONLY) needs only that statement." : "")
            + (jurisdiction.has(Option.PAY_BEFORE_INTERVIEW)
                ? " Pay may instead be given before the interview"
                    + " (LegalDisclosures.payDisclosedBeforeInterview), hence a warning." : "");
      case BENEFITS:
        return "A general description of the benefits (at least one benefit)."
            + (jurisdiction.has(Option.BENEFITS_LINK)
                ? " A public page on pay and benefits (Compensation.detailsUrl) also counts." : "");
      case OTHER_COMPENSATION:
        return "A description of other compensation such as bonus or commission (a component),"
            + " or a note saying there is none."
            + (jurisdiction.has(Option.BENEFITS_LINK)
                ? " A public page on pay and benefits (Compensation.detailsUrl) also counts." : "");
      case DEADLINE:
        return "The application deadline, or that applications are rolling"
            + " (Application.deadline); from the 2024 amendment.";
      case HOW_TO_APPLY:
        return "How to apply: an address, an e-mail or instructions.";
      case JOB_DESCRIPTION:
        return "The job description.";
      case RANGE_WIDTH:
        return "A CAD range is at most 50,000 a year wide, unless its minimum is above 200,000 a"
            + " year (hourly, daily, weekly and monthly pay annualised at 2080, 260, 52, 12).";
      case AI_DECLARATION:
        return "Whether AI screens, assesses or selects applicants is declared"
            + " (LegalDisclosures.aiUsedInScreening).";
      case VACANCY_DECLARATION:
        return "Whether the posting is for an existing vacancy is declared"
            + " (LegalDisclosures.existingVacancy).";
      case NO_CANADIAN_EXPERIENCE:
        return "No requirement of Canadian experience in the title, description or requirements.";
      case TIPPED_DISCLOSURE:
        return "A tipped job (PayBasis.TIPPED) says so with a TIPS component, which the export"
            + " publishes; its base pay is the wage excluding tips.";
      default:
        throw new IllegalStateException("no summary for " + duty);
    }
  }
}
