package dev.jobposting.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.InvariantViolationException;
import org.junit.jupiter.api.Test;

class ClassificationCodeTest {

  @Test
  void stripsSurroundingWhiteSpaceFromCode() {
    assertThat(ClassificationCode.of(ClassificationScheme.ONET_SOC, " 11-9041.00 ").code())
        .isEqualTo("11-9041.00");
  }

  @Test
  void rejectsBlankCode() {
    assertThatThrownBy(() -> ClassificationCode.of(ClassificationScheme.ISCO, ""))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("ClassificationCode.code: must not be blank");
  }

  @Test
  void acceptsOtherSchemeWithName() {
    ClassificationCode code = ClassificationCode.builder()
        .scheme(ClassificationScheme.OTHER).schemeName("KldB").schemeVersion("2010")
        .code("43412").label("Softwareentwicklung").build();

    assertThat(code.schemeName()).contains("KldB");
  }

  @Test
  void rejectsOtherSchemeWithoutName() {
    assertThatThrownBy(() -> ClassificationCode.of(ClassificationScheme.OTHER, "43412"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("ClassificationCode.schemeName: is required when the scheme is OTHER");
  }

  @Test
  void rejectsBlankOptionalTexts() {
    ClassificationCode.Builder isco =
        ClassificationCode.builder().scheme(ClassificationScheme.ISCO).code("2512");

    assertThatThrownBy(() -> isco.schemeVersion(" ").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("ClassificationCode.schemeVersion: must not be blank when present");
    assertThatThrownBy(() -> isco.schemeVersion("08").schemeName("").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("ClassificationCode.schemeName: must not be blank when present");
    assertThatThrownBy(() -> isco.schemeName("ISCO").label("\t").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("ClassificationCode.label: must not be blank when present");
  }

  @Test
  void rejectsMissingSchemeNamingIt() {
    assertThatThrownBy(() -> ClassificationCode.builder().code("2512").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("scheme");
  }
}
