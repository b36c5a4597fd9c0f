package dev.jobposting.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.jobposting.workplace.WorkMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The leaf forms read by hand rather than by the JDK's parsers: they accept exactly as much. */
class ScalarFormsTest {

  @ParameterizedTest
  @ValueSource(strings = {"REMOTE", "REM\\u004fTE", "ON_SITE"})
  void enumsAreReadByTheirExactNames(String text) throws Exception {
    String json = "{\"title\":\"T\",\"workplace\":{\"mode\":\"" + text + "\"}}";
    String name = text.replace("\\u004f", "O");
    assertThat(Json.read(json).workplace().orElseThrow().mode()).isEqualTo(WorkMode.valueOf(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"remote", "REMOT", "REMOTE_", "REMOTEREMOTE", "", " REMOTE", "HYBRIDS"})
  void enumsRejectAnyOtherText(String text) {
    String json = "{\"title\":\"T\",\"workplace\":{\"mode\":\"" + text + "\"}}";
    assertThatThrownBy(() -> Json.read(json))
        .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
          assertThat(e.getOriginalMessage())
              .isEqualTo("workplace.mode: '" + text + "' is not one of ON_SITE, HYBRID, REMOTE");
          assertThat(e.getValue()).isEqualTo(text);
        });
  }
}
