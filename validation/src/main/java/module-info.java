/**
 * Validates job postings before publishing: publishable basics, Google for Jobs' required and
 * recommended properties, and pay-transparency laws, each as a profile of rules with stable ids,
 * severities and sources. Needs no Expression Language; Hibernate Validator runs the same rules
 * inside an application's own Bean Validation.
 *
 * <p>Start with {@link dev.jobposting.validation.JobPostingValidator}; applications that validate
 * their own objects use {@link dev.jobposting.validation.ValidJobPosting}.
 */
module dev.jobposting.validation {
  requires transitive dev.jobposting.core;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;

  exports dev.jobposting.validation;

  opens dev.jobposting.validation.internal to org.hibernate.validator;

  provides jakarta.validation.ConstraintValidator
      with dev.jobposting.validation.internal.ValidJobPostingValidator;
}
