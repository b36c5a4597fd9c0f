package dev.jobposting.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.jobposting.JobPosting;
import dev.jobposting.testkit.SamplePostings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  private static final ObjectMapper MAPPER = Mappers.canonical();

  @TempDir
  Path dir;

  /** What one command printed and returned. */
  record Run(int code, String out, String err) {}

  private static Run cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false).run(args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static String json(JobPosting posting) throws IOException {
    return MAPPER.writeValueAsString(posting);
  }

  private static JobPosting publishable() {
    LocalDate today = LocalDate.now();
    JobPosting posting = SamplePostings.reference();
    for (ValidatingBeforePublishing.Step step : ValidatingBeforePublishing.steps(today)) {
      posting = step.change().apply(posting);
    }
    return posting;
  }

  @Test
  void helpListsTheCommands() {
    Run run = cli("--help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("validate FILE [--profile NAME]... [--lang TAG]",
        "to-jsonld FILE", "import FILE", "Exit codes");
  }

  @Test
  void demoValidatesFixesAndPrintsJsonAndJsonLd() {
    Run run = cli();
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("== The reference posting, built in code")
        .contains("Linux Server Software Engineering Manager at Canonical, REMOTE open to"
            + " [worldwide]")
        .contains("22 error(s), 22 warning(s), not publishable")
        .contains("What to add to make it publishable:")
        .contains("0 error(s), 10 warning(s), publishable")
        .contains("== Canonical JSON", "\"title\" : \"Linux Server Software Engineering Manager\"")
        .contains("<script type=\"application/ld+json\">", "\"@type\":\"JobPosting\"");
  }

  @Test
  void validatePublishablePostingExitsZero() throws IOException {
    Run run = cli("validate", file("ok.json", json(publishable())).toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("0 error(s)", "publishable");
  }

  @Test
  void validateReportsErrorsWithExitOne() throws IOException {
    Run run = cli("validate", file("ref.json", json(SamplePostings.reference())).toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("not publishable", "PT-CO-01   compensation.base");
  }

  @Test
  void validateRunsOnlyTheChosenProfilesInTheChosenLanguage() throws IOException {
    Path ref = file("ref.json", json(SamplePostings.reference()));
    Run run = cli("validate", ref.toString(), "--profile", "publishable", "--lang", "de");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("[PUBLISHABLE]", "P-04", "P-06").doesNotContain("PT-CO");
    assertThat(run.out()).isNotEqualTo(
        cli("validate", ref.toString(), "--profile", "publishable").out());
  }

  @Test
  void validateFeedEndsWithASummaryAndReportsABadLine() throws IOException {
    ObjectWriter line = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
    String feed = line.writeValueAsString(publishable()) + "\n"
        + "{\"title\":\"Cook\",\"shoeSize\":44}\n"
        + line.writeValueAsString(SamplePostings.reference()) + "\n";
    Run run = cli("validate", file("feed.ndjson", feed).toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("line 2", "shoeSize");
    assertThat(run.out()).contains("posting 1: ", "posting 2: ",
        "Summary: 2 postings read, 1 publishable, 1 unreadable", "errors by rule:   {",
        "PT-CO-01=1", "warnings by rule: {");
  }

  @Test
  void validateRejectsBadCommandLinesAndFiles() throws IOException {
    assertThat(cli("validate").err()).contains("validate needs a FILE");
    Run unknownProfile = cli("validate", "x.json", "--profile", "nope");
    assertThat(unknownProfile.code()).isEqualTo(2);
    assertThat(unknownProfile.err()).contains("unknown profile 'nope'", "PAY_US_CO");
    Run missing = cli("validate", dir.resolve("missing.json").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot read", "missing.json: no such file");
    Run broken = cli("validate", file("broken.json", "{\"title\": 42}").toString());
    assertThat(broken.code()).isEqualTo(2);
    assertThat(broken.err()).contains("broken.json: title");
    assertThat(cli("frobnicate").err()).contains("unknown command 'frobnicate'");
  }

  @Test
  void toJsonLdWritesSchemaOrg() throws IOException {
    Run run = cli("to-jsonld", file("full.json", json(SamplePostings.full())).toString());
    assertThat(run.code()).isZero();
    assertThat(MAPPER.readTree(run.out()).path("@type").asText()).isEqualTo("JobPosting");
    assertThat(MAPPER.readTree(run.out()).path("title").asText())
        .isEqualTo("Senior Backend Engineer");
    assertThat(cli("to-jsonld", dir.resolve("none.json").toString()).code()).isEqualTo(2);
  }

  @Test
  void importReadsAPageAndReportsIssuesOnStandardError() throws IOException {
    Run run = cli("import", file("page.html", ImportingJsonLd.PAGE).toString());
    assertThat(run.code()).isZero();
    JobPosting imported = MAPPER.readValue(run.out(), JobPosting.class);
    assertThat(imported.title()).isEqualTo("Lagerist (m/w/d)");
    assertThat(run.err()).contains("shoeSize DROPPED", "read 'Vollzeit' as FULL_TIME");
  }

  @Test
  void importTellsMalformedJsonAndNothingFoundApart() throws IOException {
    Run malformed = cli("import", file("bad.json", "{\"@type\": \"JobPosting\",").toString());
    assertThat(malformed.code()).isEqualTo(2);
    assertThat(malformed.err()).contains("bad.json", "line");
    Run nothing = cli("import", file("person.json", "{\"@type\": \"Person\"}").toString());
    assertThat(nothing.code()).isEqualTo(1);
    assertThat(nothing.err()).contains("no job posting found");
  }
}
