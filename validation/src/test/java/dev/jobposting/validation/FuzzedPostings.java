package dev.jobposting.validation;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.jobposting.JobPosting;
import dev.jobposting.LegalDisclosures;
import dev.jobposting.RichText;
import dev.jobposting.application.Application;
import dev.jobposting.application.ApplicationDeadline;
import dev.jobposting.benefit.Benefit;
import dev.jobposting.benefit.BenefitCategory;
import dev.jobposting.compensation.Compensation;
import dev.jobposting.compensation.CompensationComponent;
import dev.jobposting.compensation.ComponentType;
import dev.jobposting.compensation.Money;
import dev.jobposting.compensation.PayBasis;
import dev.jobposting.compensation.PayPeriod;
import dev.jobposting.compensation.PayRange;
import dev.jobposting.employment.Employment;
import dev.jobposting.employment.EmploymentType;
import dev.jobposting.organization.Employer;
import dev.jobposting.organization.Headcount;
import dev.jobposting.organization.PostingParty;
import dev.jobposting.organization.PostingPartyRole;
import dev.jobposting.place.AdministrativeArea;
import dev.jobposting.place.CountryCode;
import dev.jobposting.place.PostalAddress;
import dev.jobposting.place.SubdivisionCode;
import dev.jobposting.requirement.EducationLevel;
import dev.jobposting.requirement.Requirement;
import dev.jobposting.requirement.RequirementKind;
import dev.jobposting.workplace.WorkMode;
import dev.jobposting.workplace.Workplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Builds a posting from fuzzer input, reaching values the testkit's generator does not: any text
 * in titles, names, localities and descriptions, extreme dates and amounts, every area the rules
 * know. Values that break a core invariant make the builders throw; the fuzz test skips those.
 */
final class FuzzedPostings {

  private static final String[] AREAS = {"US-CO", "US-CA", "US-NY", "US-WA", "US-IL", "US-MD",
      "US-MA", "US-HI", "US-MN", "US-VT", "US-NJ", "CA-BC", "CA-ON", "US", "CA", "IT", "SK", "LT",
      "MT", "PL", "DE", "JP"};
  private static final String[] CURRENCIES = {"USD", "CAD", "EUR", "PLN", "JPY", "BHD"};

  private FuzzedPostings() {}

  static JobPosting from(FuzzedDataProvider data) {
    JobPosting.Builder posting = JobPosting.builder().title(data.consumeString(60));
    if (data.consumeBoolean()) {
      String text = data.consumeString(300);
      posting.description(data.consumeBoolean() ? RichText.html(text) : RichText.plain(text));
    }
    if (data.consumeBoolean()) {
      posting.employer(employer(data));
    }
    if (data.consumeBoolean()) {
      posting.postingParty(PostingParty.of(data.consumeString(30), PostingPartyRole.AGENCY));
    }
    if (data.consumeBoolean()) {
      posting.workplace(workplace(data));
    }
    if (data.consumeBoolean()) {
      posting.employment(Employment.builder()
          .addType(data.pickValue(EmploymentType.values()))
          .workHours(data.consumeString(40)).build());
    }
    if (data.consumeBoolean()) {
      posting.compensation(compensation(data));
    }
    for (int i = data.consumeInt(0, 3); i > 0; i--) {
      posting.addResponsibility(data.consumeString(40));
    }
    for (int i = data.consumeInt(0, 3); i > 0; i--) {
      Requirement.Builder requirement = Requirement.builder().text(data.consumeString(40));
      if (data.consumeBoolean()) {
        requirement.kind(RequirementKind.EDUCATION)
            .educationLevel(data.pickValue(EducationLevel.values()));
      } else {
        requirement.kind(data.pickValue(RequirementKind.values()));
      }
      posting.addRequirement(requirement.build());
    }
    for (int i = data.consumeInt(0, 2); i > 0; i--) {
      posting.addBenefit(Benefit.of(data.pickValue(BenefitCategory.values()),
          data.consumeString(30)));
    }
    if (data.consumeBoolean()) {
      posting.application(application(data));
    }
    if (data.consumeBoolean()) {
      posting.datePosted(date(data));
    }
    if (data.consumeBoolean()) {
      posting.validThrough(date(data));
    }
    if (data.consumeBoolean()) {
      posting.legal(LegalDisclosures.builder()
          .aiUsedInScreening(data.consumeBoolean())
          .existingVacancy(data.consumeBoolean())
          .payDisclosedBeforeInterview(data.consumeBoolean()).build());
    }
    return posting.build();
  }

  private static Employer employer(FuzzedDataProvider data) {
    Employer.Builder employer = Employer.builder().name(data.consumeString(40))
        .confidential(data.consumeBoolean());
    if (data.consumeBoolean()) {
      employer.headcount(data.consumeInt(0, 100_000));
    }
    if (data.consumeBoolean()) {
      employer.addRegionalHeadcount(Headcount.of(area(data), data.consumeInt(0, 100)));
    }
    return employer.build();
  }

  private static Workplace workplace(FuzzedDataProvider data) {
    WorkMode mode = data.pickValue(WorkMode.values());
    Workplace.Builder workplace = Workplace.builder().mode(mode);
    if (mode == WorkMode.REMOTE) {
      workplace.addApplicantLocation(data.consumeBoolean()
          ? AdministrativeArea.worldwide() : area(data));
    } else {
      for (int i = data.consumeInt(0, 2); i > 0; i--) {
        workplace.addLocation(address(data));
      }
    }
    if (data.consumeBoolean()) {
      workplace.reportsTo(address(data));
    }
    return workplace.build();
  }

  private static PostalAddress address(FuzzedDataProvider data) {
    AdministrativeArea area = area(data);
    PostalAddress.Builder address = PostalAddress.builder()
        .country(area.country().orElse(CountryCode.of("US")))
        .locality(data.consumeString(20));
    area.subdivision().ifPresent(address::subdivision);
    return address.build();
  }

  private static AdministrativeArea area(FuzzedDataProvider data) {
    String code = data.pickValue(AREAS);
    return code.contains("-")
        ? AdministrativeArea.subdivision(SubdivisionCode.of(code))
        : AdministrativeArea.country(code);
  }

  private static Compensation compensation(FuzzedDataProvider data) {
    Compensation.Builder compensation = Compensation.builder()
        .basis(data.pickValue(PayBasis.values()));
    if (data.consumeBoolean()) {
      Currency currency = Currency.getInstance(data.pickValue(CURRENCIES));
      PayRange.Builder base = PayRange.builder().period(data.pickValue(PayPeriod.values()));
      if (data.consumeBoolean()) {
        base.minimum(Money.of(BigDecimal.valueOf(data.consumeLong(0, 999_999_999L)), currency));
      }
      if (data.consumeBoolean()) {
        base.maximum(Money.of(BigDecimal.valueOf(data.consumeLong(0, 999_999_999L)), currency));
      }
      compensation.base(base.build());
    }
    if (data.consumeBoolean()) {
      compensation.addComponent(CompensationComponent.of(ComponentType.BONUS,
          data.consumeString(20)));
    }
    return compensation.build();
  }

  private static Application application(FuzzedDataProvider data) {
    Application.Builder application = Application.builder();
    if (data.consumeBoolean()) {
      application.instructions(data.consumeString(30));
    }
    if (data.consumeBoolean()) {
      application.directApply(data.consumeBoolean());
    }
    if (data.consumeBoolean()) {
      application.deadline(data.consumeBoolean()
          ? ApplicationDeadline.ongoing() : ApplicationDeadline.on(date(data)));
    }
    return application.build();
  }

  private static LocalDate date(FuzzedDataProvider data) {
    return LocalDate.ofEpochDay(data.consumeLong(LocalDate.MIN.toEpochDay(),
        LocalDate.MAX.toEpochDay()));
  }
}
