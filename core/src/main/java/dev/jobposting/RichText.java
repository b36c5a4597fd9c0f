package dev.jobposting;

import dev.jobposting.internal.Checks;
import org.immutables.value.Value;

/**
 * A text and its format, such as a posting's description.
 *
 * <pre>{@code
 * RichText.html("<p>Lead a team of engineers.</p>");
 * RichText.plain("Lead a team of engineers.");
 * }</pre>
 */
@Value.Immutable
public abstract class RichText implements WithRichText {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  RichText() {}

  /** {@return the text} */
  @Value.Parameter
  public abstract String text();

  /** {@return the format of the text} */
  @Value.Parameter
  public abstract TextFormat format();

  /**
   * A text in a format.
   *
   * @param text the text
   * @param format its format
   * @return the text
   */
  public static RichText of(String text, TextFormat format) {
    return ImmutableRichText.of(text, format);
  }

  /**
   * An HTML text.
   *
   * @param html the markup
   * @return the text
   */
  public static RichText html(String html) {
    return ImmutableRichText.of(html, TextFormat.HTML);
  }

  /**
   * A plain text.
   *
   * @param text the text
   * @return the text
   */
  public static RichText plain(String text) {
    return ImmutableRichText.of(text, TextFormat.PLAIN);
  }

  @Value.Check
  void check() {
    Checks.require(!text().isBlank(), "RichText.text", "must not be blank");
  }
}
