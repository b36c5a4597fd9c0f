package dev.jobposting.schemaorg.internal;

import dev.jobposting.schemaorg.ImportIssue;
import dev.jobposting.schemaorg.IssueKind;
import java.util.ArrayList;
import java.util.List;

/** Collects the importer's issues in the order they arise. */
public final class Issues {

  private final List<ImportIssue> list = new ArrayList<>();
  private final String prefix;

  /**
   * Creates a collector.
   *
   * @param prefix put before every path, such as {@code script[2]}; empty for none
   */
  public Issues(String prefix) {
    this.prefix = prefix;
  }

  void normalised(String path, String message) {
    add(path, IssueKind.NORMALISED, message);
  }

  void guessed(String path, String message) {
    add(path, IssueKind.GUESSED, message);
  }

  void dropped(String path, String message) {
    add(path, IssueKind.DROPPED, message);
  }

  /**
   * Records an issue.
   *
   * @param path where the value was
   * @param kind what was done
   * @param message what happened
   */
  public void add(String path, IssueKind kind, String message) {
    list.add(new ImportIssue(prefix + path, kind, message));
  }

  /** {@return the issues so far} */
  public List<ImportIssue> list() {
    return list;
  }
}
