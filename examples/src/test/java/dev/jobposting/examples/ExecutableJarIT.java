package dev.jobposting.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code jobposting-examples.jar} as a user would, in its own JVM. */
class ExecutableJarIT {

  private static final Path JAR = Path.of("target", "jobposting-examples.jar");

  @TempDir
  Path dir;

  /** What the process printed and returned. */
  record Run(int code, String out, String err) {}

  static Run java(List<String> arguments) throws IOException, InterruptedException {
    Path out = Files.createTempFile("out", ".txt");
    Path err = Files.createTempFile("err", ".txt");
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(arguments);
    Process process = new ProcessBuilder(command)
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished in time").isTrue();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static Run jar(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("-jar", JAR.toString()));
    command.addAll(List.of(arguments));
    return java(command);
  }

  @Test
  void demoRunsFromTheJar() throws Exception {
    Run run = jar();
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("not publishable", "0 error(s)", "publishable",
        "\"@type\":\"JobPosting\"");
    assertThat(run.err()).doesNotContain("HV000001");
  }

  @Test
  void commandsRunFromTheJar() throws Exception {
    assertThat(jar("--help").out()).contains("Usage: java -jar jobposting-examples.jar");
    Path page = Files.writeString(dir.resolve("page.html"), ImportingJsonLd.PAGE);
    Run imported = jar("import", page.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    Path posting = Files.writeString(dir.resolve("posting.json"), imported.out());
    Run validated = jar("validate", posting.toString(), "--profile", "GOOGLE_REQUIRED");
    assertThat(validated.code()).as(validated.out() + validated.err()).isEqualTo(1);
    assertThat(validated.out()).contains("G-03", "description: the description needs paragraph");
    assertThat(jar("to-jsonld", posting.toString()).out()).contains("\"Lagerist (m/w/d)\"");
    assertThat(jar("validate", dir.resolve("missing.json").toString()).code()).isEqualTo(2);
  }
}
