package dev.jobposting.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the importer over the third-party JSON-LD samples in {@code ../shared/corpus}, when that
 * folder exists beside the repository; they are never copied into it. Set {@code CORPUS_DETAIL}
 * in the environment to print every issue as well as the counts.
 */
class CorpusTest {

  @Test
  void everyCorpusFileImportsOrGivesTheSyntaxException() throws IOException {
    Optional<Path> corpus = corpus();
    assumeTrue(corpus.isPresent(), "no shared/corpus beside the repository");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus.get())) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    assertThat(files).isNotEmpty();
    int postings = 0;
    int syntaxErrors = 0;
    for (Path file : files) {
      String name = corpus.get().relativize(file).toString();
      String json = Files.readString(file, StandardCharsets.UTF_8);
      try {
        ImportResult result = JsonLdImporter.create().read(json);
        System.out.printf("%-45s %d posting(s), %d issue(s)%n", name, result.postings().size(),
            result.issues().size());
        if (System.getenv("CORPUS_DETAIL") != null) {
          System.out.println(result);
        }
        assertThat(result.postings().isEmpty() && result.issues().isEmpty())
            .as("%s: nothing found and nothing said", name).isFalse();
        postings += result.postings().size();
      } catch (JsonLdSyntaxException e) {
        System.out.printf("%-45s syntax error: %s%n", name, e.getMessage());
        assertThat(e.line()).as(name).isPositive();
        syntaxErrors++;
      }
    }
    System.out.printf("%d file(s): %d posting(s), %d syntax error(s)%n", files.size(), postings,
        syntaxErrors);
  }

  /** Walks up from the working directory to the folder that holds {@code shared/corpus}. */
  static Optional<Path> corpus() {
    for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null;
        dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("corpus");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
