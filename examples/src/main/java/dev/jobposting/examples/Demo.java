package dev.jobposting.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.jobposting.JobPosting;
import dev.jobposting.schemaorg.JsonLdScript;
import dev.jobposting.testkit.SamplePostings;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * The tour: the reference posting built in code, its validation report, the steps that make it
 * publishable, then its canonical JSON and its JSON-LD script element.
 */
final class Demo {

  private Demo() {}

  static void run(PrintStream out, LocalDate today) throws JsonProcessingException {
    JobPosting reference = SamplePostings.reference();
    out.println("== The reference posting, built in code (SamplePostings.reference())");
    out.println("   " + reference.title() + " at " + reference.employer().orElseThrow().name()
        + ", " + reference.workplace().orElseThrow().mode() + " open to "
        + reference.workplace().orElseThrow().applicantLocations() + ", "
        + reference.requirements().size() + " requirements, " + reference.benefits().size()
        + " benefits");
    out.println();
    out.println("== Validated with every profile, as of " + today);
    JobPosting publishable = ValidatingBeforePublishing.run(out, today);
    out.println();
    out.println("== Canonical JSON");
    out.println(Mappers.canonical().writeValueAsString(publishable));
    out.println();
    out.println("== JSON-LD for Google for Jobs, ready for the page's <head>");
    out.println(JsonLdScript.element(publishable));
  }
}
