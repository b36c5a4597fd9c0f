package dev.jobposting.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobposting.JobPosting;
import dev.jobposting.examples.Cli.UsageException;
import dev.jobposting.jackson.FeedErrorHandler;
import dev.jobposting.jackson.JobPostingFeed;
import dev.jobposting.jackson.JobPostingFeedReader;
import dev.jobposting.validation.Finding;
import dev.jobposting.validation.JobPostingValidator;
import dev.jobposting.validation.Profile;
import dev.jobposting.validation.ValidationReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code validate FILE [--profile NAME]... [--lang TAG]}: one posting, or an NDJSON feed read one
 * posting at a time, with a summary at the end of a feed.
 */
final class ValidateCommand {

  private static final int PROGRESS_EVERY = 1_000;

  private final PrintStream out;
  private final PrintStream err;
  private final boolean progress;
  private final ObjectMapper mapper = Mappers.canonical();

  private Path file;
  private final List<Profile> profiles = new ArrayList<>();
  private Locale locale = Locale.ENGLISH;

  ValidateCommand(PrintStream out, PrintStream err, boolean progress) {
    this.out = out;
    this.err = err;
    this.progress = progress;
  }

  int run(List<String> arguments) {
    parse(arguments);
    JobPostingValidator validator = JobPostingValidator.create().withLocale(locale);
    return isFeed() ? validateFeed(validator) : validateOne(validator);
  }

  private void parse(List<String> arguments) {
    for (int i = 0; i < arguments.size(); i++) {
      String argument = arguments.get(i);
      if (argument.equals("--profile") || argument.equals("--lang")) {
        if (i + 1 == arguments.size()) {
          throw new UsageException(argument + " needs a value");
        }
        String value = arguments.get(++i);
        if (argument.equals("--profile")) {
          profiles.add(profile(value));
        } else {
          locale = locale(value);
        }
      } else if (argument.startsWith("-")) {
        throw new UsageException("unknown option '" + argument + "'");
      } else if (file == null) {
        file = Path.of(argument);
      } else {
        throw new UsageException("validate takes one FILE, not also '" + argument + "'");
      }
    }
    if (file == null) {
      throw new UsageException("validate needs a FILE");
    }
  }

  private static Profile profile(String name) {
    try {
      return Profile.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new UsageException("unknown profile '" + name + "'; one of "
          + List.of(Profile.values()));
    }
  }

  private static Locale locale(String tag) {
    try {
      return new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      throw new UsageException("'" + tag + "' is not a BCP 47 language tag");
    }
  }

  /** A feed's first line is a whole posting and more lines follow; a pretty posting's is not. */
  private boolean isFeed() {
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = nextNonBlank(lines);
      if (first == null || nextNonBlank(lines) == null) {
        return false;
      }
      mapper.readTree(first);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String nextNonBlank(BufferedReader lines) throws IOException {
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (!line.isBlank()) {
        return line;
      }
    }
    return null;
  }

  private int validateOne(JobPostingValidator validator) {
    JobPosting posting = Cli.readPosting(mapper, file);
    ValidationReport report = validator.validate(posting, profiles);
    out.println(report);
    return report.isPublishable() ? Cli.OK : Cli.FINDINGS;
  }

  private int validateFeed(JobPostingValidator validator) {
    FeedSummary summary = new FeedSummary();
    JobPostingFeedReader reader = JobPostingFeedReader.ndjson(mapper)
        .withErrorHandler(FeedErrorHandler.skip(error -> {
          summary.unreadable++;
          err.println("error: " + file + ": " + error.getMessage());
        }));
    try (InputStream in = Files.newInputStream(file); JobPostingFeed feed = reader.read(in)) {
      while (feed.hasNext()) {
        JobPosting posting = feed.next();
        ValidationReport report = validator.validate(posting, profiles);
        summary.add(report);
        out.println("posting " + summary.read + ": " + report);
        if (progress && summary.read % PROGRESS_EVERY == 0) {
          err.print("\rvalidated " + summary.read + " postings");
        }
      }
    } catch (IOException e) {
      throw new Cli.UnreadableException("cannot read " + file + ": " + e.getMessage());
    }
    if (progress) {
      err.println();
    }
    summary.print(out);
    if (summary.unreadable > 0) {
      return Cli.UNREADABLE;
    }
    return summary.publishable == summary.read ? Cli.OK : Cli.FINDINGS;
  }

  /** Counts over a feed. */
  private static final class FeedSummary {
    private long read;
    private long publishable;
    private long unreadable;
    private final Map<String, Long> errors = new TreeMap<>();
    private final Map<String, Long> warnings = new TreeMap<>();

    void add(ValidationReport report) {
      read++;
      if (report.isPublishable()) {
        publishable++;
      }
      report.errors().forEach(f -> count(errors, f));
      report.warnings().forEach(f -> count(warnings, f));
    }

    private static void count(Map<String, Long> counts, Finding finding) {
      counts.merge(finding.ruleId(), 1L, Long::sum);
    }

    void print(PrintStream out) {
      out.println();
      out.println("Summary: " + read + " postings read, " + publishable + " publishable, "
          + unreadable + " unreadable");
      out.println("  errors by rule:   " + (errors.isEmpty() ? "none" : errors));
      out.println("  warnings by rule: " + (warnings.isEmpty() ? "none" : warnings));
    }
  }
}
