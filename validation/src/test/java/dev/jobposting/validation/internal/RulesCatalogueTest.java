package dev.jobposting.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobposting.validation.JobPostingValidator;
import dev.jobposting.validation.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code validation/RULES.md} is generated from the rule book. This test fails when the file is
 * stale; run it with {@code -Djobposting.rules.write=true} to rewrite the file.
 */
class RulesCatalogueTest {

  private static final Path CATALOGUE = Path.of("RULES.md");

  @Test
  void theCatalogueMatchesTheRules() throws IOException {
    String generated = Catalogue.markdown();
    if (Boolean.getBoolean("jobposting.rules.write")) {
      Files.writeString(CATALOGUE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(CATALOGUE))
        .as("RULES.md is missing; rerun with -Djobposting.rules.write=true").isTrue();
    assertThat(Files.readString(CATALOGUE, StandardCharsets.UTF_8))
        .as("RULES.md is stale; rerun RulesCatalogueTest with -Djobposting.rules.write=true")
        .isEqualTo(generated);
  }

  @Test
  void theCatalogueListsEveryRuleOnce() {
    String catalogue = Catalogue.markdown();
    for (Rule rule : JobPostingValidator.rules()) {
      assertThat(catalogue).containsOnlyOnce("| " + rule.id() + " |");
    }
  }
}
