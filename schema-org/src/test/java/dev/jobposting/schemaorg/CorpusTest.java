package dev.jobposting.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /** Stands for a file the importer must reject with a {@link JsonLdSyntaxException}. */
  private static final int SYNTAX_ERROR = -1;

  /**
   * How many postings each corpus file yields, checked against the files by hand: one per
   * JobPosting object with a title or name; none from the posting without either (30) or from the
   * Greenhouse API answers, which are no JSON-LD.
   */
  private static final Map<String, Integer> EXPECTED_POSTINGS = Map.ofEntries(
      Map.entry("01-sdo-eg0028-software-engineer.json", 1),
      Map.entry("02-sdo-eg0251-relevant-occupation.json", 1),
      Map.entry("03-sdo-eg0268-applicant-location.json", 1),
      Map.entry("04-sdo-eg0280-credential-qualification.json", 1),
      Map.entry("05-sdo-eg0465-experience-in-place.json", 1),
      Map.entry("06-google-doc-onsite-hourly.json", 1),
      Map.entry("08-vets-gov-minimal.json", 1),
      Map.entry("09-vets-gov-foreman.json", 1),
      Map.entry("11-careerbuilder-us-estimated-salary.json", 1),
      Map.entry("13-topcv-vi-salary-text.json", 1),
      Map.entry("14-seek-au-2017.json", 1),
      Map.entry("15-avature-ally-minimal.json", 1),
      Map.entry("16-rallit-ko-malformed-dates.json", 1),
      Map.entry("18-umemoto-jp.json", 1),
      Map.entry("19-umemoto-jp-INVALID-JSON.json", SYNTAX_ERROR),
      Map.entry("20-uxory-in-remote-intern.json", 1),
      Map.entry("21-uxory-remote-no-area.json", 1),
      Map.entry("22-mystrymind-careers-page-misuse.json", 1),
      Map.entry("23-concludis-sodexo-ch-de.json", 1),
      Map.entry("24-gupy-memed-pt.json", 1),
      Map.entry("26-hellowork-fr-cdi.json", 1),
      Map.entry("27-adzuna-es-minimal.json", 1),
      Map.entry("29-afas-be-null-description.json", 1),
      Map.entry("30-kaiser-us-no-title.json", 0),
      Map.entry("31-icims-ms-timestamps.json", 1),
      Map.entry("32-indeed-minimal.json", 1),
      Map.entry("33-eploy-uk-array-wrapped.json", 1),
      Map.entry("35-avature-salary-in-text.json", 1),
      Map.entry("36-hellowork-itemlist-2jobs.json", 2),
      Map.entry("38-nl-directapply-object.json", 1),
      Map.entry("39-nordlicht-at-graph.json", 1),
      Map.entry("40-wikijob-graph-type-array.json", 1),
      Map.entry("ats/greenhouse-jobboard-list-jobs-content.json", 0),
      Map.entry("ats/greenhouse-jobboard-list-jobs.json", 0),
      Map.entry("ats/greenhouse-jobboard-retrieve-job.json", 0));

  @Test
  void everyCorpusFileYieldsItsPostingsOrTheSyntaxException() throws IOException {
    Optional<Path> corpus = corpus();
    assumeTrue(corpus.isPresent(), "no shared/corpus beside the repository");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus.get())) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    assertThat(files).isNotEmpty();
    int postings = 0;
    int syntaxErrors = 0;
    List<String> names = new ArrayList<>();
    for (Path file : files) {
      String name = corpus.get().relativize(file).toString().replace('\\', '/');
      names.add(name);
      assertThat(EXPECTED_POSTINGS).as("%s is new in the corpus: add it to EXPECTED_POSTINGS in"
          + " CorpusTest with the number of postings it holds", name).containsKey(name);
      int expected = EXPECTED_POSTINGS.get(name);
      String json = Files.readString(file, StandardCharsets.UTF_8);
      try {
        ImportResult result = JsonLdImporter.create().read(json);
        System.out.printf("%-45s %d posting(s), %d issue(s)%n", name, result.postings().size(),
            result.issues().size());
        if (System.getenv("CORPUS_DETAIL") != null) {
          System.out.println(result);
        }
        assertThat(expected).as("%s: expected a syntax error, read %s", name, result)
            .isNotEqualTo(SYNTAX_ERROR);
        assertThat(result.postings()).as("postings of %s%n%s", name, result).hasSize(expected);
        assertThat(result.postings().isEmpty() && result.issues().isEmpty())
            .as("%s: nothing found and nothing said", name).isFalse();
        postings += result.postings().size();
      } catch (JsonLdSyntaxException e) {
        System.out.printf("%-45s syntax error: %s%n", name, e.getMessage());
        assertThat(expected).as("%s: unexpected syntax error %s", name, e.getMessage())
            .isEqualTo(SYNTAX_ERROR);
        assertThat(e.line()).as(name).isPositive();
        syntaxErrors++;
      }
    }
    assertThat(names).as("files EXPECTED_POSTINGS names").containsAll(EXPECTED_POSTINGS.keySet());
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
