package dev.jobposting.jackson;

/** How a feed of postings is laid out. */
public enum FeedFormat {
  /** Newline-delimited JSON: one posting per line; blank lines are skipped. */
  NDJSON,
  /** One JSON array whose elements are postings. */
  JSON_ARRAY
}
