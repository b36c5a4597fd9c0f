package dev.jobposting.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.InvariantViolationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GeoCoordinatesTest {

  private static GeoCoordinates at(String latitude, String longitude) {
    return GeoCoordinates.of(new BigDecimal(latitude), new BigDecimal(longitude));
  }

  @Test
  void acceptsTheBounds() {
    assertThat(at("90", "180").latitude()).isEqualByComparingTo("90");
    assertThat(at("-90", "-180").longitude()).isEqualByComparingTo("-180");
  }

  @Test
  void rejectsLatitudeJustAboveNinety() {
    assertThatThrownBy(() -> at("90.0001", "0"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("GeoCoordinates.latitude: 90.0001 is outside -90..90");
  }

  @Test
  void rejectsLatitudeJustBelowMinusNinety() {
    assertThatThrownBy(() -> at("-90.0001", "0"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("GeoCoordinates.latitude: -90.0001 is outside -90..90");
  }

  @Test
  void rejectsLongitudeBeyondOneEighty() {
    assertThatThrownBy(() -> at("0", "180.5"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("GeoCoordinates.longitude: 180.5 is outside -180..180");
    assertThatThrownBy(() -> at("0", "-181"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("GeoCoordinates.longitude: -181 is outside -180..180");
  }

  @Test
  void equalPointsAreEqualValuesWhateverTheirTrailingZeros() {
    assertThat(at("39.7500", "-105.0")).isEqualTo(at("39.75", "-105"));
    assertThat(at("40.0", "0").latitude()).hasToString("40");
  }

  @Test
  void acceptsTenDecimalsAndRejectsEleven() {
    assertThat(at("1.0123456789", "0").latitude()).hasToString("1.0123456789");
    assertThatThrownBy(() -> at("1.01234567891", "0"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("GeoCoordinates.latitude: 1.01234567891 has more than 10 fraction digits");
  }
}
