package dev.jobposting.schemaorg;

/**
 * Thrown when the importer's input is not well-formed JSON. The message gives the line and column
 * of the first syntax error and what was wrong there.
 */
public final class JsonLdSyntaxException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The 1-based line of the error, or -1. */
  private final long line;

  /** The 1-based column of the error, or -1. */
  private final long column;

  /**
   * Creates the exception.
   *
   * @param problem what was wrong
   * @param line the 1-based line of the error, or -1 when unknown
   * @param column the 1-based column of the error, or -1 when unknown
   * @param cause the parser's exception
   */
  public JsonLdSyntaxException(String problem, long line, long column, Throwable cause) {
    super("Malformed JSON at line " + line + ", column " + column + ": " + problem, cause);
    this.line = line;
    this.column = column;
  }

  /** {@return the 1-based line of the syntax error, or -1 when unknown} */
  public long line() {
    return line;
  }

  /** {@return the 1-based column of the syntax error, or -1 when unknown} */
  public long column() {
    return column;
  }
}
