package dev.jobposting;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * The address of a web page or file: an absolute {@code http} or {@code https} URI with an
 * authority, such as a posting's page, an apply link or an employer's logo.
 *
 * <p>A posting's addresses are read off-site (by job boards, aggregators, search engines), where a
 * relative address has nothing to resolve against and a {@code mailto:} or {@code urn:} is no page,
 * so neither is a web address. Exactly the texts that {@link URI#URI(String)} parses into an
 * absolute URI with the scheme {@code http} or {@code https} (in any case) and an authority are
 * accepted, and kept exactly as written (white space around an address is rejected, not
 * stripped); {@link #toUri()} never fails. The authority is usually a host, but {@code URI} also
 * accepts names it cannot take for one, such as a host with {@code _} or letters beyond ASCII
 * ({@code https://bücher.example}): {@code toUri().getHost()} is then null.
 *
 * <pre>{@code
 * WebAddress apply = WebAddress.of("https://example.com/jobs/42/apply");
 * apply.toUri().getHost();                  // "example.com"
 * WebAddress.of("/jobs/42");                // throws InvariantViolationException: relative
 * WebAddress.of("mailto:jobs@example.com"); // throws InvariantViolationException: not http(s)
 * }</pre>
 *
 * <p>Two addresses are equal when their texts are, character for character: {@code
 * https://Example.com} and {@code https://example.com} are different addresses here, while {@link
 * URI#equals(Object)} ignores the case of a scheme and of a host. Compare {@link #toUri()} for
 * that.
 */
public final class WebAddress {

  private final String text;
  /** Parsed when first asked for: most addresses are only ever read and written as text. */
  private volatile URI uri;

  private WebAddress(String text) {
    this.text = text;
  }

  /**
   * Parses an address.
   *
   * @param text an absolute {@code http} or {@code https} URI, such as {@code
   *     https://example.com/jobs/42}
   * @return the address
   * @throws InvariantViolationException when the text is no such URI; the message says why
   */
  public static WebAddress of(String text) {
    Objects.requireNonNull(text, "text");
    if (WebAddressSyntax.isPlain(text)) {
      return new WebAddress(text);
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      // The index is -1 when the JDK is told to keep input out of exception messages.
      throw invalid(text, "is not a URI: " + e.getReason()
          + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
    }
    return of(uri);
  }

  /**
   * Takes a URI as an address.
   *
   * @param uri an absolute {@code http} or {@code https} URI with an authority
   * @return the address, with the URI's text
   * @throws InvariantViolationException when the URI is relative, has another scheme or has no
   *     authority
   */
  public static WebAddress of(URI uri) {
    Objects.requireNonNull(uri, "uri");
    String problem = problem(uri);
    if (problem != null) {
      throw invalid(uri.toString(), problem);
    }
    WebAddress address = new WebAddress(uri.toString());
    address.uri = uri;
    return address;
  }

  /**
   * Tells whether a text is an address, without throwing.
   *
   * @param text the candidate, may be null
   * @return true when {@link #of(String)} would accept it
   */
  public static boolean isValid(String text) {
    if (text == null) {
      return false;
    }
    if (WebAddressSyntax.isPlain(text)) {
      return true;
    }
    try {
      return problem(new URI(text)) == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** {@return what keeps a URI from being a web address, or null when nothing does} */
  private static String problem(URI uri) {
    String scheme = uri.getScheme();
    if (scheme == null) {
      return "is relative; a web address starts with http:// or https://";
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    if (!lower.equals("http") && !lower.equals("https")) {
      return "has the scheme '" + scheme + "'; a web address is http or https";
    }
    if (uri.getRawAuthority() == null) {
      return "has no host; a web address starts with http:// or https:// and a host";
    }
    return null;
  }

  private static InvariantViolationException invalid(String text, String problem) {
    return new InvariantViolationException("WebAddress.text", "'" + text + "' " + problem);
  }

  /** {@return the address as written, such as {@code https://example.com/jobs/42}} */
  public String text() {
    return text;
  }

  /** {@return the address as a URI} */
  public URI toUri() {
    URI parsed = uri;
    if (parsed == null) {
      // Plain addresses are a subset of what URI parses, so this cannot throw.
      parsed = URI.create(text);
      uri = parsed;
    }
    return parsed;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WebAddress && ((WebAddress) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** {@return the address as written, the same as {@link #text()}} */
  @Override
  public String toString() {
    return text;
  }
}
