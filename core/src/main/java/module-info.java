/**
 * Immutable, typed values for job postings: the posting, its employer, role, employment terms,
 * workplace, pay, requirements, benefits, application and legal disclosures.
 *
 * <p>No run-time dependencies beyond the JDK.
 */
module dev.jobposting.core {
  requires static org.immutables.value.annotations;

  exports dev.jobposting;
  exports dev.jobposting.application;
  exports dev.jobposting.benefit;
  exports dev.jobposting.compensation;
  exports dev.jobposting.employment;
  exports dev.jobposting.organization;
  exports dev.jobposting.place;
  exports dev.jobposting.requirement;
  exports dev.jobposting.role;
  exports dev.jobposting.workplace;
}
