package dev.jobposting.workplace;

/**
 * Where the work is done. Only {@link #REMOTE} (fully remote) becomes Google's {@code
 * TELECOMMUTE}; schema.org has no value for hybrid work.
 */
public enum WorkMode {
  /** At the work locations. */
  ON_SITE,
  /** Partly at a work location, partly remote. */
  HYBRID,
  /** Fully remote, from the applicant locations. */
  REMOTE
}
