package dev.jobposting.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.InvariantViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubdivisionCodeTest {

  @Test
  void splitsCodeIntoCountryAndPart() {
    SubdivisionCode california = SubdivisionCode.of("US-CA");

    assertThat(california.code()).isEqualTo("US-CA");
    assertThat(california.country()).isEqualTo(CountryCode.of("US"));
    assertThat(california.part()).isEqualTo("CA");
    assertThat(california).hasToString("US-CA");
  }

  @Test
  void upperCasesAndStripsInput() {
    assertThat(SubdivisionCode.of(" ca-on ")).isEqualTo(SubdivisionCode.of("CA-ON"))
        .hasSameHashCodeAs(SubdivisionCode.of("CA-ON"));
  }

  @Test
  void buildsFromCountryAndPart() {
    assertThat(SubdivisionCode.of(CountryCode.of("US"), "NY"))
        .isEqualTo(SubdivisionCode.of("US-NY"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"USCA", "US-", "US-ABCD", "U-CA", "US_CA", "US-C A", ""})
  void rejectsMalformedCode(String code) {
    assertThatThrownBy(() -> SubdivisionCode.of(code))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("SubdivisionCode.code: '" + code + "' is not an ISO 3166-2 subdivision code");
  }

  @Test
  void rejectsUnassignedCountry() {
    assertThatThrownBy(() -> SubdivisionCode.of("XX-AB"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("SubdivisionCode.code: 'XX-AB' is not an ISO 3166-2 subdivision code");
  }

  @Test
  void rejectsUnknownUnitedStatesCode() {
    assertThatThrownBy(() -> SubdivisionCode.of("US-XX"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("SubdivisionCode.code: 'US-XX' is not a subdivision of US");
  }

  @Test
  void rejectsUnknownCanadianCode() {
    assertThatThrownBy(() -> SubdivisionCode.of("ca-zz"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("SubdivisionCode.code: 'ca-zz' is not a subdivision of CA");
  }

  @Test
  void acceptsListedCodesIncludingDistrictAndTerritories() {
    assertThat(SubdivisionCode.of("US-DC").part()).isEqualTo("DC");
    assertThat(SubdivisionCode.of("US-PR").part()).isEqualTo("PR");
    assertThat(SubdivisionCode.of("CA-YT").part()).isEqualTo("YT");
  }

  @Test
  void checksOnlyTheFormForOtherCountries() {
    assertThat(SubdivisionCode.of("DE-BY").country()).isEqualTo(CountryCode.of("DE"));
    assertThat(SubdivisionCode.of("FR-75C").part()).isEqualTo("75C");
    assertThat(SubdivisionCode.of("DE-ZZZ").part()).isEqualTo("ZZZ");
  }

  @Test
  void listsUnitedStatesAndCanadaOnly() {
    assertThat(SubdivisionCode.isListed(CountryCode.of("US"))).isTrue();
    assertThat(SubdivisionCode.isListed(CountryCode.of("CA"))).isTrue();
    assertThat(SubdivisionCode.isListed(CountryCode.of("DE"))).isFalse();
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> SubdivisionCode.of(null))
        .isInstanceOf(NullPointerException.class).hasMessage("code");
  }
}
