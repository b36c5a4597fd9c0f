package dev.jobposting.validation.internal;

import dev.jobposting.JobPosting;

/** What finds what a rule reports: a look at one property or at the whole posting. */
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
