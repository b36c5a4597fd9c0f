package dev.jobposting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LegalDisclosuresTest {

  @Test
  void acceptsStatementsAndDeclarations() {
    LegalDisclosures legal = LegalDisclosures.builder()
        .equalOpportunityStatement("We hire without regard to background.")
        .accommodationStatement("Ask us for accommodations at any stage.")
        .aiUsedInScreening(false)
        .existingVacancy(true)
        .addSpecialCommitment("VeteranCommit")
        .build();

    assertThat(legal.aiUsedInScreening()).contains(false);
    assertThat(legal.specialCommitments()).containsExactly("VeteranCommit");
  }

  @Test
  void acceptsNothingAtAll() {
    assertThat(LegalDisclosures.builder().build().specialCommitments()).isEmpty();
  }

  @Test
  void rejectsBlankEqualOpportunityStatement() {
    assertThatThrownBy(() -> LegalDisclosures.builder().equalOpportunityStatement(" ").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("LegalDisclosures.equalOpportunityStatement: must not be blank when present");
  }

  @Test
  void rejectsBlankAccommodationStatement() {
    assertThatThrownBy(() -> LegalDisclosures.builder().accommodationStatement("").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("LegalDisclosures.accommodationStatement: must not be blank when present");
  }

  @Test
  void rejectsBlankSpecialCommitment() {
    assertThatThrownBy(() -> LegalDisclosures.builder()
            .addSpecialCommitments("VeteranCommit", "\t").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("LegalDisclosures.specialCommitments[1]: must not be blank");
  }
}
