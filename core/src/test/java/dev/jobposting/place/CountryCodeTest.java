package dev.jobposting.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.InvariantViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

  @Test
  void acceptsAssignedCode() {
    assertThat(CountryCode.of("DE").code()).isEqualTo("DE");
  }

  @Test
  void upperCasesAndStripsInput() {
    CountryCode us = CountryCode.of(" us ");

    assertThat(us.code()).isEqualTo("US");
    assertThat(us).isEqualTo(CountryCode.of("US")).hasSameHashCodeAs(CountryCode.of("US"))
        .hasToString("US");
  }

  @ParameterizedTest
  @ValueSource(strings = {"XX", "USA", "U", "", "1A"})
  void rejectsTextThatIsNoAssignedAlpha2Code(String code) {
    assertThatThrownBy(() -> CountryCode.of(code))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("CountryCode.code: '" + code + "' is not an ISO 3166-1 alpha-2 country code");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> CountryCode.of(null))
        .isInstanceOf(NullPointerException.class).hasMessage("code");
  }

  @Test
  void isValidAgreesWithOf() {
    assertThat(CountryCode.isValid("ca")).isTrue();
    assertThat(CountryCode.isValid("XX")).isFalse();
    assertThat(CountryCode.isValid(null)).isFalse();
  }

  @Test
  void ordersByCode() {
    assertThat(CountryCode.of("DE")).isLessThan(CountryCode.of("US"));
  }
}
