/**
 * schema.org {@code JobPosting} JSON-LD for job postings: export that follows Google's rules, a
 * script element that is safe to embed in HTML, and a lenient importer for JSON-LD found on real
 * pages that reports every value it normalised, guessed or dropped.
 */
module dev.jobposting.schemaorg {
  requires transitive dev.jobposting.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;

  exports dev.jobposting.schemaorg;
}
