package dev.jobposting.examples;

import dev.jobposting.JobPosting;
import dev.jobposting.schemaorg.ImportIssue;
import dev.jobposting.schemaorg.ImportResult;
import dev.jobposting.schemaorg.JsonLdImporter;
import java.io.PrintStream;

/**
 * Reads the JSON-LD of a real-world page, lenient about its shape and values, and lists what it
 * normalised, guessed or dropped.
 */
public final class ImportingJsonLd {

  /** A careless page: a graph, a type array, text numbers, a German employment type. */
  static final String PAGE = """
      <html><head>
      <script type="application/ld+json">
      {"@context": "http://schema.org", "@graph": [{
        "@type": ["JobPosting"],
        "title": "Lagerist (m/w/d)",
        "description": "Wir suchen Verst&auml;rkung f&uuml;r unser Lager.",
        "datePosted": "3.11.2026",
        "employmentType": "Vollzeit",
        "hiringOrganization": {"name": "Beispiel Logistik GmbH"},
        "jobLocation": {"address": {"addressLocality": "Hamburg", "addressCountry": "Deutschland"}},
        "baseSalary": {"currency": "EUR", "value": {"minValue": "2800", "maxValue": "3200",
                       "unitText": "MONTH"}},
        "shoeSize": 44
      }]}
      </script>
      </head><body>...</body></html>
      """;

  private ImportingJsonLd() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    ImportResult result = JsonLdImporter.create().readHtml(PAGE);
    for (JobPosting posting : result.postings()) {
      out.println("Found: " + posting.title() + " (" + posting.employment().orElseThrow().types()
          + ", posted " + posting.datePosted().orElseThrow() + ")");
    }
    for (ImportIssue issue : result.issues()) {
      out.println("  " + issue);
    }
  }
}
