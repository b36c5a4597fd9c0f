package dev.jobposting.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.InvariantViolationException;
import org.junit.jupiter.api.Test;

class AdministrativeAreaTest {

  private static final AdministrativeArea WORLD = AdministrativeArea.worldwide();
  private static final AdministrativeArea US = AdministrativeArea.country("US");
  private static final AdministrativeArea DE = AdministrativeArea.country("DE");
  private static final AdministrativeArea COLORADO = AdministrativeArea.subdivision("US-CO");
  private static final AdministrativeArea CALIFORNIA = AdministrativeArea.subdivision("US-CA");

  @Test
  void worldwideHasNoCountry() {
    assertThat(WORLD.isWorldwide()).isTrue();
    assertThat(WORLD.country()).isEmpty();
    assertThat(WORLD.subdivision()).isEmpty();
    assertThat(WORLD).isEqualTo(AdministrativeArea.builder().build()).hasToString("worldwide");
  }

  @Test
  void countryIsNotWorldwide() {
    assertThat(US.isWorldwide()).isFalse();
    assertThat(US.subdivision()).isEmpty();
    assertThat(US).hasToString("US");
  }

  @Test
  void derivesCountryFromSubdivision() {
    assertThat(COLORADO.country()).contains(CountryCode.of("US"));
    assertThat(COLORADO).hasToString("US-CO");
    assertThat(AdministrativeArea.builder().subdivision(SubdivisionCode.of("US-CO")).build())
        .isEqualTo(COLORADO);
  }

  @Test
  void acceptsMatchingCountryAndSubdivision() {
    assertThat(AdministrativeArea.builder().country(CountryCode.of("US"))
            .subdivision(SubdivisionCode.of("US-CO")).build())
        .isEqualTo(COLORADO);
  }

  @Test
  void rejectsSubdivisionOfAnotherCountry() {
    assertThatThrownBy(() -> AdministrativeArea.builder().country(CountryCode.of("DE"))
            .subdivision(SubdivisionCode.of("US-CO")).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("AdministrativeArea.subdivision: US-CO does not lie in DE");
  }

  @Test
  void rejectsInvalidCodesThroughFactories() {
    assertThatThrownBy(() -> AdministrativeArea.country("XX"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("CountryCode.code: 'XX' is not an ISO 3166-1 alpha-2 country code");
    assertThatThrownBy(() -> AdministrativeArea.subdivision("US-XX"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("SubdivisionCode.code: 'US-XX' is not a subdivision of US");
  }

  @Test
  void worldwideCoversEveryArea() {
    assertThat(WORLD.covers(WORLD)).isTrue();
    assertThat(WORLD.covers(US)).isTrue();
    assertThat(WORLD.covers(COLORADO)).isTrue();
  }

  @Test
  void countryCoversItselfAndItsSubdivisionsOnly() {
    assertThat(US.covers(US)).isTrue();
    assertThat(US.covers(COLORADO)).isTrue();
    assertThat(US.covers(WORLD)).isFalse();
    assertThat(US.covers(DE)).isFalse();
    assertThat(DE.covers(COLORADO)).isFalse();
  }

  @Test
  void subdivisionCoversOnlyItself() {
    assertThat(COLORADO.covers(COLORADO)).isTrue();
    assertThat(COLORADO.covers(US)).isFalse();
    assertThat(COLORADO.covers(CALIFORNIA)).isFalse();
    assertThat(COLORADO.covers(WORLD)).isFalse();
  }

  @Test
  void overlapsWhenEitherCoversTheOther() {
    assertThat(COLORADO.overlaps(US)).isTrue();
    assertThat(US.overlaps(COLORADO)).isTrue();
    assertThat(COLORADO.overlaps(WORLD)).isTrue();
    assertThat(WORLD.overlaps(DE)).isTrue();
  }

  @Test
  void doesNotOverlapDisjointAreas() {
    assertThat(COLORADO.overlaps(CALIFORNIA)).isFalse();
    assertThat(DE.overlaps(US)).isFalse();
    assertThat(DE.overlaps(COLORADO)).isFalse();
  }
}
