/**
 * Test support: {@link dev.jobposting.testkit.SamplePostings} for hand-built postings, {@link
 * dev.jobposting.testkit.PostingGenerator} for random valid ones and {@link
 * dev.jobposting.testkit.PropertyCheck} to run a property over many of them with a replayable seed.
 */
package dev.jobposting.testkit;
