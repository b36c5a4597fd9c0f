package dev.jobposting.jackson;

/**
 * A record of a feed that could not be read: which record, the path inside it, and why. The cause
 * is the Jackson exception that reading the record raised, when there is one.
 *
 * <p>Records are numbered by their line in an NDJSON feed (from 1) and by their index in a JSON
 * array feed (from 0). The message says which, for example {@code line 17:
 * compensation.base.minimum: 120000.00 USD exceeds maximum 90000.00 USD}.
 */
public final class FeedRecordException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The layout of the feed. */
  private final FeedFormat format;

  /** The line number or array index. */
  private final long record;

  /** The dotted path inside the record. */
  private final String path;

  /** Whether the next record can be read. */
  private final boolean recoverable;

  FeedRecordException(FeedFormat format, long record, String path, String problem,
      boolean recoverable, Throwable cause) {
    super((format == FeedFormat.NDJSON ? "line " : "element ") + record + ": " + problem, cause);
    this.format = format;
    this.record = record;
    this.path = path;
    this.recoverable = recoverable;
  }

  /** {@return the layout of the feed} */
  public FeedFormat format() {
    return format;
  }

  /** {@return the line number (NDJSON, from 1) or the array index (JSON array, from 0)} */
  public long record() {
    return record;
  }

  /**
   * The path of the bad value inside the record, such as {@code compensation.base.minimum}.
   *
   * @return the dotted path; empty when the record as a whole is bad
   */
  public String path() {
    return path;
  }

  /**
   * Tells whether reading can go on with the next record. It cannot after a syntax error inside a
   * JSON array, where the next record cannot be found; the feed then ends with this exception even
   * if the error handler asked to skip.
   *
   * @return true when the next record can still be read
   */
  public boolean isRecoverable() {
    return recoverable;
  }
}
