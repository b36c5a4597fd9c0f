package dev.jobposting.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.InvariantViolationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PostalAddressTest {

  private static PostalAddress.Builder inGermany() {
    return PostalAddress.builder().country(CountryCode.of("DE"));
  }

  @Test
  void countryAloneIsAnAddress() {
    PostalAddress address = PostalAddress.inCountry("de");

    assertThat(address.country()).isEqualTo(CountryCode.of("DE"));
    assertThat(address.area()).isEqualTo(AdministrativeArea.country("DE"));
  }

  @Test
  void areaIsTheSubdivisionWhenKnown() {
    PostalAddress denver = PostalAddress.builder()
        .locality("Denver")
        .subdivision(SubdivisionCode.of("US-CO"))
        .country(CountryCode.of("US"))
        .coordinates(GeoCoordinates.of(new BigDecimal("39.74"), new BigDecimal("-104.99")))
        .build();

    assertThat(denver.area()).isEqualTo(AdministrativeArea.subdivision("US-CO"));
  }

  @Test
  void rejectsMissingCountryNamingIt() {
    assertThatThrownBy(() -> PostalAddress.builder().locality("Denver").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("country");
  }

  @Test
  void rejectsSubdivisionInAnotherCountry() {
    assertThatThrownBy(() -> inGermany().subdivision(SubdivisionCode.of("US-CO")).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("PostalAddress.subdivision: US-CO does not lie in DE");
  }

  @Test
  void rejectsBlankStreetAddress() {
    assertThatThrownBy(() -> inGermany().streetAddress(" ").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("PostalAddress.streetAddress: must not be blank when present");
  }

  @Test
  void rejectsBlankLocality() {
    assertThatThrownBy(() -> inGermany().locality("").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("PostalAddress.locality: must not be blank when present");
  }

  @Test
  void rejectsBlankRegion() {
    assertThatThrownBy(() -> inGermany().region("\t").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("PostalAddress.region: must not be blank when present");
  }

  @Test
  void rejectsBlankPostalCode() {
    assertThatThrownBy(() -> inGermany().postalCode("  ").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("PostalAddress.postalCode: must not be blank when present");
  }
}
