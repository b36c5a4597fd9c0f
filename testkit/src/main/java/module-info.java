/**
 * Sample job postings and a seeded generator of valid postings, for this project's tests and for
 * users' tests.
 */
module dev.jobposting.testkit {
  requires transitive dev.jobposting.core;

  exports dev.jobposting.testkit;
}
