package dev.jobposting;

/**
 * Recognises the plain shape most web addresses have without {@link java.net.URI}: {@code http://}
 * or {@code https://}, then only ASCII characters that RFC 2396 allows unescaped in a path, a query
 * and a fragment, and escapes. Parsing a URI was a sixth of reading a posting, and on Java 17 a
 * host that starts with a digit costs it an exception thrown and caught inside.
 *
 * <p>Every text recognised here is one that {@code URI} parses into an absolute {@code http} or
 * {@code https} URI with an authority: what comes before the first {@code /}, {@code ?} or {@code
 * #} is made of the characters of a registry-based authority (a path's, but for {@code /}), which
 * {@code URI} accepts as one when it is no host and port. Any other text, valid or not, is left to
 * {@code URI}.
 */
final class WebAddressSyntax {

  private static final String ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  /** What a path allows unescaped (pchar, ";", "/"); all but "/" may also form an authority. */
  private static final String PATH_CHARACTERS = ALPHANUMERIC + "-_.!~*'():@&=+$,;/";

  private static final CharacterSet PATH = new CharacterSet(PATH_CHARACTERS);

  /** What a query and a fragment allow unescaped (uric): a path's characters, "?", "[" and "]". */
  private static final CharacterSet QUERY = new CharacterSet(PATH_CHARACTERS + "?[]");

  private static final CharacterSet HEX = new CharacterSet("0123456789ABCDEFabcdef");

  private WebAddressSyntax() {}

  /**
   * Tells whether a text has the plain shape.
   *
   * @param text the candidate
   * @return true when the text is a web address of the plain shape; false when it has another
   *     shape or is no web address
   */
  static boolean isPlain(String text) {
    int start = text.startsWith("https://") ? 8 : text.startsWith("http://") ? 7 : -1;
    if (start < 0) {
      return false;
    }
    int n = text.length();
    if (start == n || "/?#".indexOf(text.charAt(start)) >= 0) {
      return false;
    }
    // The authority and the path, then a query after '?' and a fragment after '#'.
    CharacterSet part = PATH;
    boolean fragment = false;
    for (int i = start; i < n; i++) {
      char c = text.charAt(i);
      if (c == '?' && part == PATH) {
        part = QUERY;
      } else if (c == '#' && !fragment) {
        part = QUERY;
        fragment = true;
      } else if (c == '%') {
        if (i + 2 >= n || !HEX.contains(text.charAt(i + 1)) || !HEX.contains(text.charAt(i + 2))) {
          return false;
        }
        i += 2;
      } else if (!part.contains(c)) {
        return false;
      }
    }
    return true;
  }

  /** A set of ASCII characters, as two bit masks. */
  private static final class CharacterSet {

    private final long low;
    private final long high;

    CharacterSet(String members) {
      long lowBits = 0;
      long highBits = 0;
      for (char c : members.toCharArray()) {
        if (c < 64) {
          lowBits |= 1L << c;
        } else {
          highBits |= 1L << (c - 64);
        }
      }
      this.low = lowBits;
      this.high = highBits;
    }

    boolean contains(char c) {
      return c < 64 ? (low & 1L << c) != 0 : c < 128 && (high & 1L << (c - 64)) != 0;
    }
  }
}
