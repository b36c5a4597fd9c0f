package dev.jobposting.validation;

/**
 * A set of rules that can be run on a posting; profiles combine freely.
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
  PUBLISHABLE("Publishable basics"),
  /** Google for Jobs' required properties and rules; findings are errors. */
  GOOGLE_REQUIRED("Google for Jobs, required"),
  /** Google for Jobs' recommended properties; findings are warnings. */
  GOOGLE_RECOMMENDED("Google for Jobs, recommended"),
  /** Colorado, Equal Pay for Equal Work Act. */
  PAY_US_CO("Pay transparency: Colorado"),
  /** California, Labor Code 432.3. */
  PAY_US_CA("Pay transparency: California"),
  /** New York State, Labor Law 194-b. */
  PAY_US_NY("Pay transparency: New York State"),
  /**
   * New York City, Administrative Code 8-107(32). A work location counts as the city when it lies
   * in {@code US-NY} and its locality is New York (City), NYC, Manhattan, Brooklyn, Queens, the
   * Bronx or Staten Island; remote work open to applicants in New York State reaches the city.
   */
  PAY_US_NYC("Pay transparency: New York City"),
  /** Washington, RCW 49.58.110. */
  PAY_US_WA("Pay transparency: Washington"),
  /** Illinois, Equal Pay Act (820 ILCS 112). */
  PAY_US_IL("Pay transparency: Illinois"),
  /** Maryland, Wage Range Transparency Act. */
  PAY_US_MD("Pay transparency: Maryland"),
  /** Massachusetts, Salary Range Transparency Act. */
  PAY_US_MA("Pay transparency: Massachusetts"),
  /** Hawaii, HRS 378-2.8. */
  PAY_US_HI("Pay transparency: Hawaii"),
  /** Minnesota. */
  PAY_US_MN("Pay transparency: Minnesota"),
  /** Vermont. */
  PAY_US_VT("Pay transparency: Vermont"),
  /** New Jersey. */
  PAY_US_NJ("Pay transparency: New Jersey"),
  /** British Columbia, Pay Transparency Act. */
  PAY_CA_BC("Pay transparency: British Columbia"),
  /** Ontario, Employment Standards Act Part III.1. */
  PAY_CA_ON("Pay transparency: Ontario"),
  /** Italy, transposing Directive (EU) 2023/970. */
  PAY_IT("Pay transparency: Italy"),
  /** Slovakia, transposing Directive (EU) 2023/970; pay may be given before the interview. */
  PAY_SK("Pay transparency: Slovakia"),
  /** Lithuania, transposing Directive (EU) 2023/970. */
  PAY_LT("Pay transparency: Lithuania"),
  /** Malta, transposing Directive (EU) 2023/970; pay may be given before recruitment ends. */
  PAY_MT("Pay transparency: Malta"),
  /** Poland, Labour Code art. 18(3ca); pay may be given before the interview. */
  PAY_PL("Pay transparency: Poland"),
  /** Every pay-transparency jurisdiction above that the posting reaches. */
  PAY_TRANSPARENCY("Pay transparency: every jurisdiction reached");

  private final String title;

  Profile(String title) {
    this.title = title;
  }

  /** {@return a short English title, as in the rules catalogue} */
  public String title() {
    return title;
  }
}
