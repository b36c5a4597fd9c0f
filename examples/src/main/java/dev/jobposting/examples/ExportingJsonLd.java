package dev.jobposting.examples;

import dev.jobposting.JobPosting;
import dev.jobposting.schemaorg.JsonLdScript;
import java.io.PrintStream;

/**
 * Puts a posting's schema.org JSON-LD into an HTML page, in a script element that no text in the
 * posting can break out of.
 */
public final class ExportingJsonLd {

  private ExportingJsonLd() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static String page(JobPosting posting) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>" + escape(posting.title())
        + "</title>\n" + JsonLdScript.element(posting) + "\n</head>\n<body>\n<h1>"
        + escape(posting.title()) + "</h1>\n</body>\n</html>\n";
  }

  static void run(PrintStream out) {
    JobPosting posting = BuildingAPosting.posting()
        .withTitle("Backend Engineer </script><script>alert(1)</script>");
    out.print(page(posting));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
