package dev.jobposting.schemaorg;

import dev.jobposting.Identifier;
import dev.jobposting.JobPosting;
import dev.jobposting.LegalDisclosures;
import dev.jobposting.RichText;
import dev.jobposting.application.Application;
import dev.jobposting.benefit.Benefit;
import dev.jobposting.benefit.BenefitCategory;
import dev.jobposting.compensation.Compensation;
import dev.jobposting.compensation.CompensationComponent;
import dev.jobposting.compensation.ComponentType;
import dev.jobposting.employment.Employment;
import dev.jobposting.employment.EmploymentType;
import dev.jobposting.organization.Employer;
import dev.jobposting.place.CountryCode;
import dev.jobposting.place.PostalAddress;
import dev.jobposting.requirement.Necessity;
import dev.jobposting.requirement.Requirement;
import dev.jobposting.requirement.RequirementKind;
import dev.jobposting.role.ClassificationCode;
import dev.jobposting.role.ClassificationScheme;
import dev.jobposting.role.Role;
import dev.jobposting.workplace.Workplace;
import java.util.List;

/** Texts that try to break out of a script element, a comment, a string or the reading order. */
final class HostileStrings {

  static final List<String> ALL = List.of(
      "</script><img src=x onerror=alert(1)>",
      "</SCRIPT >",
      "<script>alert(1)</script>",
      "<!--",
      "-->",
      "<![CDATA[",
      "]]>",
      "\"double\" and 'single' quotes",
      "back\\slash \\u003c \\\"",
      "control \u0000\u0001\u0007\b\f\u001b\u001f\u007f end",
      "line\nfeed\rreturn\ttab",
      "\u2028line separator\u2029paragraph separator",
      "emoji \uD83D\uDE00 \uD83D\uDC69\u200D\uD83D\uDCBB",
      "right-to-left \u202Eevil\u202C \u05E2\u05D1\u05E8\u05D9\u05EA \u0627\u0644\u0639\u0631\u0628\u064A\u0629",
      "&amp; &lt;script&gt; &#60;");

  /** Every hostile string in one text, framed so that stripping cannot blank it. */
  static final String EVERYTHING = "x " + String.join(" | ", ALL) + " x";

  private HostileStrings() {}

  /**
   * A posting with a hostile text in every text attribute that the export writes.
   *
   * @param text the hostile text
   * @param html whether the description is HTML
   * @return the posting
   */
  static JobPosting posting(String text, boolean html) {
    String t = "x " + text + " x";
    return JobPosting.builder()
        .title(t)
        .description(html ? RichText.html("<p>" + t + "</p><ul><li>" + t + "</li></ul>")
            : RichText.plain(t))
        .addIdentifier(Identifier.of(t, t))
        .employer(Employer.builder().name(t).legalName(t).about(t).industry(t)
            .headquarters(address(t)).build())
        .role(Role.builder().department(t)
            .addOccupation(ClassificationCode.builder().scheme(ClassificationScheme.OTHER)
                .schemeName(t).schemeVersion(t).code(t).label(t).build())
            .build())
        .employment(Employment.builder().addType(EmploymentType.FULL_TIME).addOtherType(t)
            .workHours(t).build())
        .workplace(Workplace.onSite(address(t), PostalAddress.inCountry("FR")))
        .compensation(Compensation.builder()
            .addComponent(CompensationComponent.of(ComponentType.OTHER, t)).addNote(t).build())
        .addResponsibility(t)
        .addRequirement(Requirement.of(RequirementKind.SKILL, Necessity.REQUIRED, t))
        .addRequirement(Requirement.of(RequirementKind.EXPERIENCE, Necessity.PREFERRED, t))
        .addRequirement(Requirement.of(RequirementKind.EDUCATION, Necessity.REQUIRED, t))
        .addRequirement(Requirement.of(RequirementKind.CREDENTIAL, Necessity.REQUIRED, t))
        .addRequirement(Requirement.of(RequirementKind.OTHER, Necessity.REQUIRED, t))
        .addRequirement(Requirement.of(RequirementKind.WORK_AUTHORIZATION, Necessity.REQUIRED, t))
        .addRequirement(Requirement.of(RequirementKind.SECURITY_CLEARANCE, Necessity.REQUIRED, t))
        .addRequirement(Requirement.of(RequirementKind.PHYSICAL, Necessity.REQUIRED, t))
        .addBenefit(Benefit.of(BenefitCategory.OTHER, t))
        .application(Application.builder().addEmail(t.replaceAll("[\\s@]", "_") + "@example.com")
            .instructions(t).build())
        .legal(LegalDisclosures.builder().addSpecialCommitment(t).equalOpportunityStatement(t).build())
        .build();
  }

  private static PostalAddress address(String t) {
    return PostalAddress.builder().streetAddress(t).locality(t).region(t).postalCode(t)
        .country(CountryCode.of("DE")).build();
  }
}
