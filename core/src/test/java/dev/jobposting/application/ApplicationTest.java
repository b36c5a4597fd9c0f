package dev.jobposting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.InvariantViolationException;
import dev.jobposting.WebAddress;
import org.junit.jupiter.api.Test;

class ApplicationTest {

  private static final WebAddress APPLY = WebAddress.of("https://example.com/jobs/42/apply");

  @Test
  void acceptsUrlsAndEmails() {
    Application application = Application.builder()
        .addUrl(APPLY)
        .addEmail("jobs@example.com")
        .instructions("Send a CV.")
        .directApply(true)
        .deadline(ApplicationDeadline.ongoing())
        .build();

    assertThat(application.urls()).containsExactly(APPLY);
    assertThat(application.emails()).containsExactly("jobs@example.com");
  }

  @Test
  void rejectsDuplicateUrls() {
    assertThatThrownBy(() -> Application.builder().addUrls(APPLY, APPLY).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Application.urls[1]: duplicates https://example.com/jobs/42/apply");
  }

  @Test
  void rejectsTextWithoutAtSign() {
    assertThatThrownBy(() -> Application.builder().addEmail("jobs.example.com").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Application.emails[0]: 'jobs.example.com' is not an e-mail address");
  }

  @Test
  void rejectsAddressWithWhiteSpaceOrTwoAtSigns() {
    assertThatThrownBy(() -> Application.builder()
            .addEmails("jobs@example.com", "jobs @example.com").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Application.emails[1]: 'jobs @example.com' is not an e-mail address");
    assertThatThrownBy(() -> Application.builder().addEmail("a@b@example.com").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Application.emails[0]: 'a@b@example.com' is not an e-mail address");
  }

  @Test
  void rejectsBlankInstructions() {
    assertThatThrownBy(() -> Application.builder().instructions("").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Application.instructions: must not be blank when present");
  }
}
