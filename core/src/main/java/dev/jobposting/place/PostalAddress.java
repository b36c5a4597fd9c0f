package dev.jobposting.place;

import dev.jobposting.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A postal address. Only the country is required, so that "somewhere in Germany" can be said.
 *
 * <pre>{@code
 * PostalAddress denver = PostalAddress.builder()
 *     .locality("Denver")
 *     .subdivision(SubdivisionCode.of("US-CO"))
 *     .country(CountryCode.of("US"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class PostalAddress implements WithPostalAddress {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  PostalAddress() {}

  /** {@return the street and number} */
  public abstract Optional<String> streetAddress();

  /** {@return the city or town} */
  public abstract Optional<String> locality();

  /** {@return the ISO 3166-2 subdivision (state, province), when known} */
  public abstract Optional<SubdivisionCode> subdivision();

  /** {@return a region as written, when it has no ISO 3166-2 code (a county, a district)} */
  public abstract Optional<String> region();

  /** {@return the postal code} */
  public abstract Optional<String> postalCode();

  /** {@return the country} */
  public abstract CountryCode country();

  /** {@return the coordinates, when known} */
  public abstract Optional<GeoCoordinates> coordinates();

  /**
   * A whole country, with no further detail.
   *
   * @param country an ISO 3166-1 alpha-2 code
   * @return the address
   */
  public static PostalAddress inCountry(String country) {
    return builder().country(CountryCode.of(country)).build();
  }

  /** {@return the most specific administrative area this address lies in} */
  public AdministrativeArea area() {
    return subdivision().map(AdministrativeArea::subdivision)
        .orElseGet(() -> AdministrativeArea.country(country()));
  }

  @Value.Check
  void check() {
    Checks.text("PostalAddress.streetAddress", streetAddress());
    Checks.text("PostalAddress.locality", locality());
    Checks.text("PostalAddress.region", region());
    Checks.text("PostalAddress.postalCode", postalCode());
    subdivision().ifPresent(s -> Checks.require(s.country().equals(country()),
        "PostalAddress.subdivision", () -> s + " does not lie in " + country()));
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PostalAddress}. */
  public static final class Builder extends ImmutablePostalAddress.Builder {
    Builder() {}
  }
}
