package dev.jobposting.schemaorg;

import dev.jobposting.JobPosting;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an import found: every posting that could be built, and every issue met on the way, in
 * input order. A posting that could not be built is not in {@link #postings()}; an issue of kind
 * {@link IssueKind#DROPPED} at its path says why.
 *
 * @param postings the postings, in the order found
 * @param issues what was normalised, guessed or dropped
 */
public record ImportResult(List<JobPosting> postings, List<ImportIssue> issues) {

  /**
   * Copies the lists.
   *
   * @param postings the postings
   * @param issues the issues
   */
  public ImportResult {
    postings = List.copyOf(postings);
    issues = List.copyOf(issues);
  }

  /**
   * The issues of one kind.
   *
   * @param kind the kind
   * @return the issues of that kind, in input order
   */
  public List<ImportIssue> issues(IssueKind kind) {
    return issues.stream().filter(i -> i.kind() == kind).collect(Collectors.toList());
  }

  /** {@return the number of postings and issues, then one issue a line} */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder()
        .append(postings.size()).append(" posting(s), ").append(issues.size()).append(" issue(s)");
    issues.forEach(i -> text.append(System.lineSeparator()).append("  ").append(i));
    return text.toString();
  }
}
