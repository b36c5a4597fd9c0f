package dev.jobposting.place;

import dev.jobposting.internal.Checks;
import dev.jobposting.internal.Decimals;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A point on the earth in WGS 84 degrees, with at most ten decimals, trailing zeros stripped so
 * that equal points are equal values.
 */
@Value.Immutable
public abstract class GeoCoordinates implements WithGeoCoordinates {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  GeoCoordinates() {}

  private static final BigDecimal NINETY = BigDecimal.valueOf(90);
  private static final BigDecimal ONE_EIGHTY = BigDecimal.valueOf(180);

  /** Ten decimals of a degree are about a hundredth of a millimetre: more is noise. */
  private static final int MAX_DIGITS = 10;

  /** {@return the latitude, from -90 to 90} */
  @Value.Parameter
  public abstract BigDecimal latitude();

  /** {@return the longitude, from -180 to 180} */
  @Value.Parameter
  public abstract BigDecimal longitude();

  /**
   * Creates coordinates.
   *
   * @param latitude degrees north, -90 to 90
   * @param longitude degrees east, -180 to 180
   * @return the coordinates
   */
  public static GeoCoordinates of(BigDecimal latitude, BigDecimal longitude) {
    return ImmutableGeoCoordinates.of(latitude, longitude);
  }

  @Value.Check
  GeoCoordinates normalize() {
    Checks.require(latitude().abs().compareTo(NINETY) <= 0,
        "GeoCoordinates.latitude", () -> latitude() + " is outside -90..90");
    Checks.require(longitude().abs().compareTo(ONE_EIGHTY) <= 0,
        "GeoCoordinates.longitude", () -> longitude() + " is outside -180..180");
    BigDecimal latitude = Decimals.normalize("GeoCoordinates.latitude", latitude(), MAX_DIGITS);
    BigDecimal longitude = Decimals.normalize("GeoCoordinates.longitude", longitude(), MAX_DIGITS);
    return latitude.equals(latitude()) && longitude.equals(longitude())
        ? this : ImmutableGeoCoordinates.of(latitude, longitude);
  }
}
