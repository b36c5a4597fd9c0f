package dev.jobposting.schemaorg;

/** What the importer did with a value it could not take as it was. */
public enum IssueKind {
  /** Rewritten into the form the model expects, with no doubt about the meaning ("1/2/15" as a date, "Vollzeit" as FULL_TIME). */
  NORMALISED,
  /** Interpreted where the value allows more than one reading (a salary without a unit taken as yearly). */
  GUESSED,
  /** Left out: not mapped to the model, unreadable, or breaking an invariant. */
  DROPPED
}
