package dev.jobposting.validation.internal;

import dev.jobposting.JobPosting;

/** The logic of a rule that looks at more than one property: it reports what it finds. */
@FunctionalInterface
public interface Check {

  /**
   * Runs the rule on a posting.
   *
   * @param posting the posting, never null
   * @param out where findings go, with the reference day
   */
  void run(JobPosting posting, Reporter out);
}
