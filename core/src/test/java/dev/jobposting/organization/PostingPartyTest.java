package dev.jobposting.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.InvariantViolationException;
import org.junit.jupiter.api.Test;

class PostingPartyTest {

  @Test
  void stripsSurroundingWhiteSpaceFromName() {
    assertThat(PostingParty.of(" Talent Partners ", PostingPartyRole.AGENCY))
        .isEqualTo(PostingParty.of("Talent Partners", PostingPartyRole.AGENCY));
  }

  @Test
  void rejectsBlankName() {
    assertThatThrownBy(() -> PostingParty.of("", PostingPartyRole.RECRUITER))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("PostingParty.name: must not be blank");
  }

  @Test
  void rejectsMissingRoleNamingIt() {
    assertThatThrownBy(() -> PostingParty.builder().name("Talent Partners").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("role");
  }
}
