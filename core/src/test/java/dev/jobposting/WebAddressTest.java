package dev.jobposting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebAddressTest {

  /** The testkit's default seed; core's tests cannot depend on the testkit. */
  private static final long SEED = 20261127L;

  @Test
  void keepsTheTextAndParsesItWhenAsked() {
    WebAddress apply = WebAddress.of("https://example.com/jobs/42/apply?src=feed#form");

    assertThat(apply.text()).isEqualTo("https://example.com/jobs/42/apply?src=feed#form");
    assertThat(apply).hasToString(apply.text());
    assertThat(apply.toUri().getHost()).isEqualTo("example.com");
    assertThat(apply.toUri().getRawQuery()).isEqualTo("src=feed");
    assertThat(apply.toUri()).isSameAs(apply.toUri());
  }

  @Test
  void equalsByText() {
    WebAddress text = WebAddress.of("https://example.com/a");

    assertThat(text).isEqualTo(WebAddress.of(URI.create("https://example.com/a")))
        .hasSameHashCodeAs(WebAddress.of("https://example.com/a"))
        .isNotEqualTo(WebAddress.of("https://Example.com/a"))
        .isNotEqualTo("https://example.com/a");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://9aq36gu8.example/agency", "http://127.0.0.1:8080/jobs",
      "HTTPS://Example.COM", "https://user@example.com/", "https://bücher.example/stellen",
      "https://example.com/jobs/développeur", "https://example.com/?q=[1]", "https://my_host/",
      "https://[2001:db8::1]/jobs", "https://example.com/%7Euser"})
  void acceptsEveryAbsoluteHttpUriWithAnAuthority(String text) {
    WebAddress address = WebAddress.of(text);

    assertThat(address).hasToString(text);
    assertThat(address.toUri()).isEqualTo(URI.create(text));
    assertThat(WebAddress.isValid(text)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/jobs/42|is relative; a web address starts with http:// or https://",
      "example.com/jobs|is relative; a web address starts with http:// or https://",
      "mailto:jobs@example.com|has the scheme 'mailto'; a web address is http or https",
      "ftp://example.com/jobs|has the scheme 'ftp'; a web address is http or https",
      "https:jobs|has no host; a web address starts with http:// or https:// and a host",
      "https:///jobs|has no host; a web address starts with http:// or https:// and a host",
      "https://|is not a URI: Expected authority at index 8",
      "https://example.com/a b|is not a URI: Illegal character in path at index 21",
      "https://example.com/%zz|is not a URI: Malformed escape pair at index 20",
      "''|is relative; a web address starts with http:// or https://"})
  void rejectsWhatIsNoWebAddressSayingWhy(String text, String problem) {
    String shown = text.equals("''") ? "" : text;

    assertThatThrownBy(() -> WebAddress.of(shown))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("WebAddress.text: '" + shown + "' " + problem);
    assertThat(WebAddress.isValid(shown)).isFalse();
  }

  @Test
  void rejectsAUriThatIsNoWebAddress() {
    assertThatThrownBy(() -> WebAddress.of(URI.create("urn:isbn:0451450523")))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("WebAddress.text: 'urn:isbn:0451450523' has the scheme 'urn'; a web address"
            + " is http or https");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> WebAddress.of((String) null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> WebAddress.of((URI) null))
        .isInstanceOf(NullPointerException.class).hasMessage("uri");
    assertThat(WebAddress.isValid(null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://www.remotewlb.com/apply/linux-server-software-engineering-manager",
      "https://9aq36gu8.example/agency", "http://example.com", "https://a.example?q=1&r=two#top",
      "https://example.com/a%20b/;params/(x)~y*z!'@:$,+=", "https://example.com#", "https://x/?"})
  void readsTheCommonShapesWithoutParsingAUri(String text) {
    assertThat(WebAddressSyntax.isPlain(text)).isTrue();
  }

  /**
   * Every character up to U+3000 in every part of an address, against the definition: a
   * character that the fast path lets through where {@code URI} does not would make {@link
   * WebAddress#toUri()} fail.
   */
  @Test
  void agreesWithJavaNetUriOnEveryCharacterInEveryPart() {
    String[] shapes = {"https://_a", "https://a_", "https://a/_", "https://a?_", "https://a#_",
        "https://a/%4_", "http://_"};
    for (char c = 0; c <= 0x3000; c++) {
      for (String shape : shapes) {
        String text = shape.replace("_", String.valueOf(c));
        boolean expected = isWebAddressByDefinition(text);
        assertThat(WebAddress.isValid(text)).as("U+%04X in %s", (int) c, shape).isEqualTo(expected);
        if (WebAddressSyntax.isPlain(text)) {
          assertThat(expected).as("plain but not a web address: U+%04X in %s", (int) c, shape)
              .isTrue();
        }
      }
    }
  }

  /**
   * Random texts made of the pieces that decide a URI's shape, against the definition: what
   * {@code java.net.URI} parses into an absolute http or https URI with an authority. The plain
   * shape must be a part of that, and the two paths together must be all of it.
   */
  @Test
  void agreesWithJavaNetUriOnRandomTexts() {
    SplittableRandom random = new SplittableRandom(SEED);
    String[] starts = {"https://", "http://", "HTTP://", "ftp://", "https:", "//", "", "https:///",
        "http://[::1]", "https://user@"};
    // Half the texts draw only on these, which make up most real addresses.
    String[] common = {"a", "9", ".", "-", "/", "?", "#", "=", "&", "%41", "example"};
    String[] pieces = {"a", "Z", "9", "0", ".", "-", "_", "~", "!", "*", "'", "(", ")", ":", "@",
        "&", "=", "+", "$", ",", ";", "/", "?", "#", "%", "%4", "%41", "%g1", "[", "]", " ", "é",
        "\u3000", "\u0007", "\"", "<", "\\", "^", "`", "{", "|", "example", "com", "255",
        "1.2.3.4"};
    int plain = 0;
    int valid = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder(
          random.nextBoolean() ? "https://" : starts[random.nextInt(starts.length)]);
      String[] alphabet = random.nextBoolean() ? common : pieces;
      int length = random.nextInt(12);
      for (int j = 0; j < length; j++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String candidate = text.toString();
      boolean expected = isWebAddressByDefinition(candidate);
      assertThat(WebAddress.isValid(candidate)).as(candidate).isEqualTo(expected);
      if (WebAddressSyntax.isPlain(candidate)) {
        assertThat(expected).as("plain but not a web address: %s", candidate).isTrue();
        plain++;
      }
      valid += expected ? 1 : 0;
    }
    assertThat(plain).as("plain cases").isGreaterThan(10_000);
    assertThat(valid - plain).as("valid cases that are not plain").isGreaterThan(5_000);
  }

  private static boolean isWebAddressByDefinition(String text) {
    try {
      URI uri = new URI(text);
      return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getRawAuthority() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
