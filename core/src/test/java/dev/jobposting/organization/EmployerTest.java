package dev.jobposting.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.InvariantViolationException;
import dev.jobposting.place.AdministrativeArea;
import dev.jobposting.WebAddress;
import org.junit.jupiter.api.Test;

class EmployerTest {

  private static final AdministrativeArea COLORADO = AdministrativeArea.subdivision("US-CO");

  private static Employer.Builder named() {
    return Employer.builder().name("Example GmbH");
  }

  @Test
  void nameAloneIsAnEmployer() {
    Employer employer = Employer.of("Example GmbH");

    assertThat(employer.name()).isEqualTo("Example GmbH");
    assertThat(employer.headcount()).isEmpty();
    assertThat(employer.confidential()).isFalse();
  }

  @Test
  void stripsSurroundingWhiteSpaceFromName() {
    Employer employer = named().name("  Example GmbH ").headcount(10).build();

    assertThat(employer.name()).isEqualTo("Example GmbH");
    assertThat(employer.headcount()).contains(10);
  }

  @Test
  void rejectsBlankName() {
    assertThatThrownBy(() -> Employer.of(" \t "))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Employer.name: must not be blank");
  }

  @Test
  void rejectsMissingNameNamingIt() {
    assertThatThrownBy(() -> Employer.builder().headcount(3).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name");
  }

  @Test
  void rejectsBlankOptionalTexts() {
    assertThatThrownBy(() -> named().legalName("").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Employer.legalName: must not be blank when present");
    assertThatThrownBy(() -> named().about(" ").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Employer.about: must not be blank when present");
    assertThatThrownBy(() -> named().industry("\n").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Employer.industry: must not be blank when present");
  }

  @Test
  void rejectsDuplicateSameAs() {
    WebAddress page = WebAddress.of("https://example.com/about");

    assertThatThrownBy(() -> named().addSameAs(page, page).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Employer.sameAs[1]: duplicates https://example.com/about");
  }

  @Test
  void addsOneSameAsPageAtATime() {
    WebAddress about = WebAddress.of("https://example.com/about");
    WebAddress profile = WebAddress.of("https://example.org/company/example");

    assertThat(named().addSameAs(about).addSameAs(profile).build().sameAs())
        .containsExactly(about, profile);
  }

  @Test
  void acceptsZeroHeadcount() {
    assertThat(named().headcount(0).build().headcount()).contains(0);
  }

  @Test
  void rejectsNegativeHeadcount() {
    assertThatThrownBy(() -> named().headcount(-1).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Employer.headcount: -1 is outside 0..2147483647");
  }

  @Test
  void acceptsRegionalHeadcountEqualToTotal() {
    Employer employer =
        named().headcount(8).addRegionalHeadcount(Headcount.of(COLORADO, 8)).build();

    assertThat(employer.headcountIn(COLORADO)).contains(8);
    assertThat(employer.headcountIn(AdministrativeArea.country("US"))).isEmpty();
  }

  @Test
  void rejectsRegionalHeadcountAboveTotal() {
    assertThatThrownBy(() -> named().headcount(10)
            .addRegionalHeadcount(Headcount.of(COLORADO, 11)).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Employer.regionalHeadcounts: 11 employees in US-CO exceed the total of 10");
  }

  @Test
  void acceptsRegionalHeadcountsWithoutTotal() {
    assertThat(named().addRegionalHeadcount(Headcount.of(COLORADO, 500)).build()
        .regionalHeadcounts()).hasSize(1);
  }

  @Test
  void rejectsTwoHeadcountsForOneArea() {
    assertThatThrownBy(() -> named().addRegionalHeadcounts(Headcount.of(COLORADO, 3),
            Headcount.of(AdministrativeArea.country("US"), 5), Headcount.of(COLORADO, 4)).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Employer.regionalHeadcounts[2]: duplicates US-CO");
  }
}
