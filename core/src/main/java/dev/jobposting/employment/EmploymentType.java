package dev.jobposting.employment;

/**
 * The type of employment: the union of Google's eight {@code employmentType} values and Cloud
 * Talent's {@code EmploymentType}, plus apprenticeships and seasonal work from HR Open.
 *
 * <p>{@link #googleValue()} maps each onto Google's values: contract-to-hire to CONTRACTOR,
 * seasonal to TEMPORARY, apprenticeship to INTERN (training at work), fly-in fly-out to FULL_TIME
 * (a rotation of full-time work), the rest to themselves.
 */
public enum EmploymentType {
  /** Full time. */
  FULL_TIME("FULL_TIME"),
  /** Part time. */
  PART_TIME("PART_TIME"),
  /** A contractor or freelancer. */
  CONTRACTOR("CONTRACTOR"),
  /** A contract that is expected to become employment. */
  CONTRACT_TO_HIRE("CONTRACTOR"),
  /** Temporary employment. */
  TEMPORARY("TEMPORARY"),
  /** An internship. */
  INTERN("INTERN"),
  /** An apprenticeship. */
  APPRENTICESHIP("INTERN"),
  /** Seasonal work. */
  SEASONAL("TEMPORARY"),
  /** Volunteer work. */
  VOLUNTEER("VOLUNTEER"),
  /** Paid by the day, on call. */
  PER_DIEM("PER_DIEM"),
  /** Fly-in fly-out rotation. */
  FLY_IN_FLY_OUT("FULL_TIME"),
  /** Another type, named in {@link Employment#otherTypes()}. */
  OTHER("OTHER");

  private final String googleValue;

  EmploymentType(String googleValue) {
    this.googleValue = googleValue;
  }

  /** {@return the closest of Google's eight {@code employmentType} values} */
  public String googleValue() {
    return googleValue;
  }
}
