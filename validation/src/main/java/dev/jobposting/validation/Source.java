package dev.jobposting.validation;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The law or documentation a rule comes from, with the address where it can be read when there is
 * one.
 *
 * <pre>{@code
 * Source.of("RCW 49.58.110", "https://app.leg.wa.gov/RCW/default.aspx?cite=49.58.110");
 * }</pre>
 *
 * @param name the citation, such as a statute or a page title
 * @param url where to read it
 */
public record Source(String name, Optional<URI> url) {

  /**
   * Checks the parts.
   *
   * @param name the citation, not blank
   * @param url where to read it
   */
  public Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
  }

  /**
   * A source with an address.
   *
   * @param name the citation
   * @param url the address
   * @return the source
   */
  public static Source of(String name, String url) {
    return new Source(name, Optional.of(URI.create(url)));
  }

  /** {@return the name, followed by the address in angle brackets when there is one} */
  @Override
  public String toString() {
    return url.map(u -> name + " <" + u + ">").orElse(name);
  }
}
