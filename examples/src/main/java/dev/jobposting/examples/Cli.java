package dev.jobposting.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.jobposting.JobPosting;
import dev.jobposting.schemaorg.ImportResult;
import dev.jobposting.schemaorg.JsonLdExporter;
import dev.jobposting.schemaorg.JsonLdImporter;
import dev.jobposting.schemaorg.JsonLdSyntaxException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The command line of {@code jobposting-examples.jar}: the demo with no arguments, and the {@code
 * validate}, {@code to-jsonld} and {@code import} commands.
 */
public final class Cli {

  /** Exit code: the input is publishable, or the command did what it was asked. */
  static final int OK = 0;
  /** Exit code: the report has errors, or nothing was found to import. */
  static final int FINDINGS = 1;
  /** Exit code: the input could not be read, or the command line is wrong. */
  static final int UNREADABLE = 2;

  static final String USAGE = """
      Usage: java -jar jobposting-examples.jar [COMMAND]

        (no command)                  the demo: the reference posting, validated, fixed until it
                                      is publishable, then as canonical JSON and JSON-LD
        validate FILE [--profile NAME]... [--lang TAG]
                                      validate canonical JSON (one posting, or NDJSON, one per
                                      line) and print the report; profiles default to all
        to-jsonld FILE                canonical JSON to schema.org JSON-LD on standard output
        import FILE                   JSON-LD, or an HTML page holding it, to canonical JSON on
                                      standard output; import issues on standard error
        --help                        this text

      Exit codes: 0 publishable (or done), 1 findings with errors (or nothing to import),
      2 unreadable input or a wrong command line.
      """;

  /** Held so that the logging setting is not collected with a weak logger reference. */
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private final PrintStream out;
  private final PrintStream err;
  private final boolean progress;

  Cli(PrintStream out, PrintStream err, boolean progress) {
    this.out = out;
    this.err = err;
    this.progress = progress;
  }

  /**
   * Runs a command and exits with its code.
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) {
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
    int code = new Cli(System.out, System.err, System.console() != null).run(args);
    System.out.flush();
    System.exit(code);
  }

  int run(String... args) {
    List<String> arguments = Arrays.asList(args);
    try {
      if (arguments.isEmpty()) {
        Demo.run(out, LocalDate.now());
        return OK;
      }
      switch (arguments.get(0)) {
        case "--help":
        case "-h":
        case "help":
          out.print(USAGE);
          return OK;
        case "validate":
          return new ValidateCommand(out, err, progress).run(arguments.subList(1, arguments.size()));
        case "to-jsonld":
          return toJsonLd(file(arguments));
        case "import":
          return importJsonLd(file(arguments));
        default:
          throw new UsageException("unknown command '" + arguments.get(0) + "'");
      }
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.print(USAGE);
      return UNREADABLE;
    } catch (UnreadableException e) {
      err.println("error: " + e.getMessage());
      return UNREADABLE;
    } catch (JsonProcessingException e) {
      err.println("error: " + e.getOriginalMessage());
      return UNREADABLE;
    }
  }

  private static Path file(List<String> arguments) {
    if (arguments.size() != 2) {
      throw new UsageException(arguments.get(0) + " takes exactly one FILE");
    }
    return Path.of(arguments.get(1));
  }

  private int toJsonLd(Path file) throws JsonProcessingException {
    ObjectMapper mapper = Mappers.canonical();
    JobPosting posting = readPosting(mapper, file);
    out.println(mapper.writeValueAsString(JsonLdExporter.create().toTree(posting)));
    return OK;
  }

  private int importJsonLd(Path file) throws JsonProcessingException {
    String text = readText(file);
    ImportResult result;
    try {
      JsonLdImporter importer = JsonLdImporter.create();
      result = text.stripLeading().startsWith("<") ? importer.readHtml(text) : importer.read(text);
    } catch (JsonLdSyntaxException e) {
      throw new UnreadableException(file + ": " + e.getMessage());
    }
    result.issues().forEach(err::println);
    if (result.postings().isEmpty()) {
      err.println(file + ": no job posting found");
      return FINDINGS;
    }
    ObjectWriter writer = Mappers.canonical().writer();
    if (result.postings().size() > 1) {
      writer = writer.without(SerializationFeature.INDENT_OUTPUT);
    }
    for (JobPosting posting : result.postings()) {
      out.println(writer.writeValueAsString(posting));
    }
    return OK;
  }

  static JobPosting readPosting(ObjectMapper mapper, Path file) {
    try {
      return mapper.readValue(readText(file), JobPosting.class);
    } catch (JsonProcessingException e) {
      throw new UnreadableException(file + ": " + e.getOriginalMessage());
    }
  }

  static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UnreadableException("cannot read " + file + ": no such file");
    } catch (IOException e) {
      throw new UnreadableException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /** A wrong command line. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Input that cannot be read: a missing file, broken JSON, a posting that breaks a rule. */
  static final class UnreadableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableException(String message) {
      super(message);
    }
  }
}
