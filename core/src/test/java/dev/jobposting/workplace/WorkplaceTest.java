package dev.jobposting.workplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.InvariantViolationException;
import dev.jobposting.place.AdministrativeArea;
import dev.jobposting.place.PostalAddress;
import org.junit.jupiter.api.Test;

class WorkplaceTest {

  private static final AdministrativeArea WORLD = AdministrativeArea.worldwide();
  private static final AdministrativeArea DE = AdministrativeArea.country("DE");

  private static Workplace.Builder hybrid() {
    return Workplace.builder().mode(WorkMode.HYBRID).addLocation(PostalAddress.inCountry("DE"));
  }

  @Test
  void remoteWorldwideIsOpenWorldwide() {
    Workplace workplace = Workplace.remote(WORLD);

    assertThat(workplace.mode()).isEqualTo(WorkMode.REMOTE);
    assertThat(workplace.isOpenWorldwide()).isTrue();
  }

  @Test
  void remoteFromCountriesIsNotOpenWorldwide() {
    assertThat(Workplace.remote(DE, AdministrativeArea.country("AT")).isOpenWorldwide()).isFalse();
    assertThat(Workplace.remote().isOpenWorldwide()).isFalse();
  }

  @Test
  void onSiteIsNotOpenWorldwide() {
    Workplace workplace = Workplace.onSite(PostalAddress.inCountry("DE"));

    assertThat(workplace.isOpenWorldwide()).isFalse();
    assertThat(workplace.locations()).containsExactly(PostalAddress.inCountry("DE"));
  }

  @Test
  void rejectsMissingModeNamingIt() {
    assertThatThrownBy(() -> Workplace.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("mode");
  }

  @Test
  void rejectsApplicantLocationsForOnSiteWork() {
    assertThatThrownBy(() -> Workplace.builder().mode(WorkMode.ON_SITE)
            .addApplicantLocation(DE).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Workplace.applicantLocations: apply only to REMOTE work, not ON_SITE");
  }

  @Test
  void rejectsApplicantLocationsForHybridWork() {
    assertThatThrownBy(() -> hybrid().addApplicantLocation(DE).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Workplace.applicantLocations: apply only to REMOTE work, not HYBRID");
  }

  @Test
  void rejectsOnSiteDaysForRemoteWork() {
    assertThatThrownBy(() -> Workplace.builder().mode(WorkMode.REMOTE)
            .onSiteDaysPerWeek(1).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Workplace.onSiteDaysPerWeek: apply only to HYBRID work, not REMOTE");
  }

  @Test
  void rejectsOnSiteDaysForOnSiteWork() {
    assertThatThrownBy(() -> Workplace.builder().mode(WorkMode.ON_SITE)
            .onSiteDaysPerWeek(5).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Workplace.onSiteDaysPerWeek: apply only to HYBRID work, not ON_SITE");
  }

  @Test
  void acceptsOneToSixOnSiteDays() {
    assertThat(hybrid().onSiteDaysPerWeek(1).build().onSiteDaysPerWeek()).contains(1);
    assertThat(hybrid().onSiteDaysPerWeek(6).build().onSiteDaysPerWeek()).contains(6);
  }

  @Test
  void rejectsZeroOnSiteDays() {
    assertThatThrownBy(() -> hybrid().onSiteDaysPerWeek(0).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Workplace.onSiteDaysPerWeek: 0 is outside 1..6");
  }

  @Test
  void rejectsSevenOnSiteDays() {
    assertThatThrownBy(() -> hybrid().onSiteDaysPerWeek(7).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Workplace.onSiteDaysPerWeek: 7 is outside 1..6");
  }

  @Test
  void rejectsWorldwideBesideAnotherArea() {
    assertThatThrownBy(() -> Workplace.remote(DE, WORLD))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Workplace.applicantLocations: worldwide cannot be combined with other areas");
  }

  @Test
  void rejectsDuplicateApplicantLocations() {
    assertThatThrownBy(() -> Workplace.remote(DE, AdministrativeArea.country("AT"), DE))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Workplace.applicantLocations[2]: duplicates DE");
  }

  @Test
  void rejectsDuplicateLocations() {
    PostalAddress berlin = PostalAddress.inCountry("DE").withLocality("Berlin");

    assertThatThrownBy(() -> Workplace.onSite(berlin, berlin))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Workplace.locations[1]: duplicates " + berlin);
  }
}
