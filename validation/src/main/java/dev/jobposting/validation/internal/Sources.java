package dev.jobposting.validation.internal;

import dev.jobposting.validation.Source;

/** The documentation behind the publishing and Google rules. Laws live with their jurisdiction. */
final class Sources {

  static final Source GOOGLE_JOB_POSTING = Source.of(
      "Google Search Central: Job posting structured data",
      "https://developers.google.com/search/docs/appearance/structured-data/job-posting");

  static final Source GOOGLE_EXPIRED_JOBS = Source.of(
      "Google Search Central blog: We updated our job posting guidelines (2018)",
      "https://developers.google.com/search/blog/2018/04/we-updated-our-job-posting-guidelines");

  static final Source GOOGLE_DIRECT_APPLY = Source.of(
      "Google Search Central blog: Job posting updates, directApply (2021)",
      "https://developers.google.com/search/blog/2021/07/job-posting-updates");

  static final Source GOOGLE_EDUCATION_BETA = Source.of(
      "Google job posting beta: education and experience properties (2021)",
      "https://searchenginejournal.com/beta-job-posting-structured-data-requirements/399015");

  static final Source CLOUD_TALENT_APPLICATION = Source.of(
      "Cloud Talent Solution v4, Job.application_info (google/cloud/talent/v4/job.proto)",
      "https://github.com/googleapis/googleapis/blob/master/google/cloud/talent/v4/job.proto");

  private Sources() {}
}
