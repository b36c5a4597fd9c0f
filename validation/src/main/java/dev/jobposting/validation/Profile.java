package dev.jobposting.validation;

import dev.jobposting.validation.internal.Groups;

/**
 * A set of rules that can be run on a posting. Each profile is a Bean Validation group ({@link
 * #group()}); profiles combine freely.
 *
 * <p>A pay-transparency profile applies its rules only when its jurisdiction covers the posting:
 * a work location there, remote applicants allowed from there, for some laws a reporting location
 * there, the employer's headcount at the law's threshold, and the reference day on or after the
 * law's effective date. {@link #PAY_TRANSPARENCY} runs every jurisdiction; a job open to remote
 * applicants worldwide reaches all of them.
 *
 * <pre>{@code
 * validator.validate(posting, Profile.PUBLISHABLE, Profile.GOOGLE_REQUIRED, Profile.PAY_US_CO);
 * }</pre>
 */
public enum Profile {
  /** Title, description, employer, location or remote eligibility, type, how to apply, dates. */
  PUBLISHABLE("Publishable basics", Groups.Publishable.class),
  /** Google for Jobs' required properties and rules; findings are errors. */
  GOOGLE_REQUIRED("Google for Jobs, required", Groups.GoogleRequired.class),
  /** Google for Jobs' recommended properties; findings are warnings. */
  GOOGLE_RECOMMENDED("Google for Jobs, recommended", Groups.GoogleRecommended.class),
  /** Colorado, Equal Pay for Equal Work Act. */
  PAY_US_CO("Pay transparency: Colorado", Groups.UsCo.class),
  /** California, Labor Code 432.3. */
  PAY_US_CA("Pay transparency: California", Groups.UsCa.class),
  /** New York State, Labor Law 194-b. */
  PAY_US_NY("Pay transparency: New York State", Groups.UsNy.class),
  /**
   * New York City, Administrative Code 8-107(32). A work location counts as the city when it lies
   * in {@code US-NY} and its locality is New York (City), NYC, Manhattan, Brooklyn, Queens, the
   * Bronx or Staten Island; remote work open to applicants in New York State reaches the city.
   */
  PAY_US_NYC("Pay transparency: New York City", Groups.UsNyc.class),
  /** Washington, RCW 49.58.110. */
  PAY_US_WA("Pay transparency: Washington", Groups.UsWa.class),
  /** Illinois, Equal Pay Act (820 ILCS 112). */
  PAY_US_IL("Pay transparency: Illinois", Groups.UsIl.class),
  /** Maryland, Wage Range Transparency Act. */
  PAY_US_MD("Pay transparency: Maryland", Groups.UsMd.class),
  /** Massachusetts, Salary Range Transparency Act. */
  PAY_US_MA("Pay transparency: Massachusetts", Groups.UsMa.class),
  /** Hawaii, HRS 378-2.8. */
  PAY_US_HI("Pay transparency: Hawaii", Groups.UsHi.class),
  /** Minnesota. */
  PAY_US_MN("Pay transparency: Minnesota", Groups.UsMn.class),
  /** Vermont. */
  PAY_US_VT("Pay transparency: Vermont", Groups.UsVt.class),
  /** New Jersey. */
  PAY_US_NJ("Pay transparency: New Jersey", Groups.UsNj.class),
  /** British Columbia, Pay Transparency Act. */
  PAY_CA_BC("Pay transparency: British Columbia", Groups.CaBc.class),
  /** Ontario, Employment Standards Act Part III.1. */
  PAY_CA_ON("Pay transparency: Ontario", Groups.CaOn.class),
  /** Italy, transposing Directive (EU) 2023/970. */
  PAY_IT("Pay transparency: Italy", Groups.It.class),
  /** Slovakia, transposing Directive (EU) 2023/970; pay may be given before the interview. */
  PAY_SK("Pay transparency: Slovakia", Groups.Sk.class),
  /** Lithuania, transposing Directive (EU) 2023/970. */
  PAY_LT("Pay transparency: Lithuania", Groups.Lt.class),
  /** Malta, transposing Directive (EU) 2023/970; pay may be given before recruitment ends. */
  PAY_MT("Pay transparency: Malta", Groups.Mt.class),
  /** Poland, Labour Code art. 18(3ca); pay may be given before the interview. */
  PAY_PL("Pay transparency: Poland", Groups.Pl.class),
  /** Every pay-transparency jurisdiction above that the posting reaches. */
  PAY_TRANSPARENCY("Pay transparency: every jurisdiction reached", Groups.PayTransparency.class);

  private final String title;
  private final Class<?> group;

  Profile(String title, Class<?> group) {
    this.title = title;
    this.group = group;
  }

  /** {@return a short English title, as in the rules catalogue} */
  public String title() {
    return title;
  }

  /** {@return the Bean Validation group of this profile} */
  public Class<?> group() {
    return group;
  }
}
