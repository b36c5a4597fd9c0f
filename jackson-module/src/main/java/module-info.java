/**
 * The canonical JSON format of job postings for Jackson 2: {@link
 * dev.jobposting.jackson.JobPostingModule}, its JSON Schema, and readers and writers of feeds of
 * postings.
 */
module dev.jobposting.jackson {
  requires transitive dev.jobposting.core;
  requires transitive com.fasterxml.jackson.databind;

  exports dev.jobposting.jackson;

  provides com.fasterxml.jackson.databind.Module with dev.jobposting.jackson.JobPostingModule;
}
