package dev.jobposting.organization;

/** The part a third party plays when it publishes a posting for an employer. */
public enum PostingPartyRole {
  /** A staffing or recruitment agency. */
  AGENCY,
  /** An independent recruiter. */
  RECRUITER,
  /** A job board that publishes on the employer's behalf. */
  JOB_BOARD,
  /** Another kind of party. */
  OTHER
}
