package dev.jobposting.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs a small consumer on the module path that requires every published module, so
 * that the {@code module-info} descriptors are proven the way JPMS users meet them.
 */
class ModulePathConsumerIT {

  private static final String DESCRIPTOR = """
      module consumer {
        requires dev.jobposting.core;
        requires dev.jobposting.testkit;
        requires dev.jobposting.jackson;
        requires dev.jobposting.schemaorg;
        requires dev.jobposting.validation;
      }
      """;

  private static final String MAIN = """
      package consumer;

      import com.fasterxml.jackson.databind.ObjectMapper;
      import com.fasterxml.jackson.databind.json.JsonMapper;
      import dev.jobposting.JobPosting;
      import dev.jobposting.schemaorg.JsonLdExporter;
      import dev.jobposting.testkit.SamplePostings;
      import dev.jobposting.validation.JobPostingValidator;
      import dev.jobposting.validation.Profile;

      public class Main {
        public static void main(String[] args) throws Exception {
          JobPosting posting = SamplePostings.reference();
          ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
          JobPosting read = mapper.readValue(mapper.writeValueAsString(posting), JobPosting.class);
          System.out.println("json round trip: " + read.equals(posting));
          System.out.println("json-ld type: "
              + JsonLdExporter.create().toTree(posting).path("@type").asText());
          System.out.println("publishable: " + JobPostingValidator.create()
              .validate(posting, Profile.PUBLISHABLE).isPublishable());
        }
      }
      """;

  @TempDir
  Path dir;

  @Test
  void consumerRequiringEveryPublishedModuleCompilesAndRuns() throws Exception {
    String modulePath = publishedModulePath();
    Path sources = dir.resolve("src/consumer");
    Files.createDirectories(sources);
    Path descriptor = Files.writeString(dir.resolve("src/module-info.java"), DESCRIPTOR);
    Path main = Files.writeString(sources.resolve("Main.java"), MAIN);
    Path classes = dir.resolve("classes");

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled = javac.getTask(diagnostics, null, null,
        List.of("--module-path", modulePath, "-d", classes.toString()), null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
            .getJavaFileObjects(descriptor, main)).call();
    assertThat(compiled).as(diagnostics.toString()).isTrue();

    ExecutableJarIT.Run run = ExecutableJarIT.java(List.of(
        "--module-path", classes + File.pathSeparator + modulePath, "-m", "consumer/consumer.Main"));
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("json round trip: true", "json-ld type: JobPosting",
        "publishable: false");
  }

  /** The published modules and their run-time dependencies, as Maven resolved them. */
  private static String publishedModulePath() throws IOException {
    String classpath = Files.readString(Path.of("target", "runtime-classpath.txt")).strip();
    List<String> entries = Arrays.stream(classpath.split(File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .collect(Collectors.toList());
    assertThat(entries).anyMatch(e -> e.contains("jobposting-validation")
        || e.contains("validation" + File.separator + "target"));
    return String.join(File.pathSeparator, entries);
  }
}
