package dev.jobposting.place;

import dev.jobposting.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An area that people live or work in: the whole world, a country, or a subdivision of a country.
 * Used for the places remote applicants may apply from and for per-area employer headcounts.
 *
 * <pre>{@code
 * AdministrativeArea.worldwide();
 * AdministrativeArea.country("DE");
 * AdministrativeArea.subdivision("US-CO");
 * }</pre>
 */
@Value.Immutable
public abstract class AdministrativeArea implements WithAdministrativeArea {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  AdministrativeArea() {}

  private static final AdministrativeArea WORLDWIDE = builder().build();

  /** {@return the country; absent only for the whole world} */
  public abstract Optional<CountryCode> country();

  /** {@return the subdivision, when the area is one} */
  public abstract Optional<SubdivisionCode> subdivision();

  /** {@return the whole world} */
  public static AdministrativeArea worldwide() {
    return WORLDWIDE;
  }

  /**
   * A whole country.
   *
   * @param code an ISO 3166-1 alpha-2 code
   * @return the area
   */
  public static AdministrativeArea country(String code) {
    return country(CountryCode.of(code));
  }

  /**
   * A whole country.
   *
   * @param country the country
   * @return the area
   */
  public static AdministrativeArea country(CountryCode country) {
    return builder().country(country).build();
  }

  /**
   * A subdivision of a country.
   *
   * @param code an ISO 3166-2 code such as {@code US-CA}
   * @return the area
   */
  public static AdministrativeArea subdivision(String code) {
    return subdivision(SubdivisionCode.of(code));
  }

  /**
   * A subdivision of a country.
   *
   * @param subdivision the subdivision
   * @return the area
   */
  public static AdministrativeArea subdivision(SubdivisionCode subdivision) {
    return builder().subdivision(subdivision).build();
  }

  /** {@return whether this is the whole world} */
  public boolean isWorldwide() {
    return country().isEmpty();
  }

  /**
   * Tells whether this area contains another: the world contains every area, a country contains
   * itself and its subdivisions, a subdivision contains itself.
   *
   * @param other the other area
   * @return true when {@code other} lies within this area
   */
  public boolean covers(AdministrativeArea other) {
    if (isWorldwide()) {
      return true;
    }
    if (!country().equals(other.country())) {
      return false;
    }
    return subdivision().isEmpty() || subdivision().equals(other.subdivision());
  }

  /**
   * Tells whether two areas share any ground: one covers the other.
   *
   * @param other the other area
   * @return true when they overlap
   */
  public boolean overlaps(AdministrativeArea other) {
    return covers(other) || other.covers(this);
  }

  /** {@return {@code worldwide}, the country code or the subdivision code} */
  @Override
  public String toString() {
    return subdivision().map(SubdivisionCode::code)
        .or(() -> country().map(CountryCode::code))
        .orElse("worldwide");
  }

  @Value.Check
  AdministrativeArea normalize() {
    if (subdivision().isPresent() && country().isEmpty()) {
      return withCountry(subdivision().get().country());
    }
    subdivision().ifPresent(s -> Checks.require(
        country().get().equals(s.country()), "AdministrativeArea.subdivision",
        () -> s + " does not lie in " + country().get()));
    return this;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AdministrativeArea}; prefer the static factories. */
  public static final class Builder extends ImmutableAdministrativeArea.Builder {
    Builder() {}
  }
}
