package dev.jobposting;

/** How a text is written. */
public enum TextFormat {
  /** Plain text; line breaks separate paragraphs. */
  PLAIN,
  /** HTML markup. */
  HTML
}
