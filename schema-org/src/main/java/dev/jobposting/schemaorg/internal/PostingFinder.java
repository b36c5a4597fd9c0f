package dev.jobposting.schemaorg.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobposting.JobPosting;
import dev.jobposting.schemaorg.IssueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the JobPosting objects of a JSON-LD document wherever they are: the root, a top-level
 * array, {@code @graph}, an ItemList's ListItems or any other nesting, and reads each of them.
 */
public final class PostingFinder {

  private static final List<String> POSTING_HINTS = List.of(Vocabulary.HIRING_ORGANIZATION,
      Vocabulary.DATE_POSTED, Vocabulary.JOB_LOCATION, Vocabulary.BASE_SALARY,
      Vocabulary.EMPLOYMENT_TYPE, Vocabulary.VALID_THROUGH);

  private PostingFinder() {}

  /**
   * Reads every posting in a document.
   *
   * @param root the parsed document
   * @param issues where to report
   * @return the postings, in document order
   */
  public static List<JobPosting> read(JsonNode root, Issues issues) {
    Context context = new Context(issues, root);
    List<Obj> found = new ArrayList<>();
    collect(root, "$", context, found);
    if (found.isEmpty()) {
      untyped(root, context).ifPresentOrElse(found::add,
          () -> issues.add("$", IssueKind.DROPPED, "no JobPosting in the document"));
    }
    List<JobPosting> postings = new ArrayList<>();
    for (Obj posting : found) {
      PostingReader.read(posting).ifPresent(postings::add);
    }
    return postings;
  }

  private static void collect(JsonNode node, String path, Context context, List<Obj> found) {
    if (node.isObject()) {
      if (Types.has(node, Vocabulary.JOB_POSTING)) {
        found.add(new Obj((ObjectNode) node, path, context));
        return;
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        collect(field.getValue(), path + "." + field.getKey(), context, found);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", context, found);
      }
    }
  }

  /** A lone object without {@code @type} that has a title and what postings have is one. */
  private static Optional<Obj> untyped(JsonNode root, Context context) {
    JsonNode candidate = root;
    String path = "$";
    if (root.isArray() && root.size() == 1) {
      candidate = root.get(0);
      path = "$[0]";
    }
    if (candidate.isObject() && !Types.hasAny(candidate) && candidate.has(Vocabulary.TITLE)
        && POSTING_HINTS.stream().anyMatch(candidate::has)) {
      context.issues().guessed(path, "object without @type read as a JobPosting");
      return Optional.of(new Obj((ObjectNode) candidate, path, context));
    }
    return Optional.empty();
  }
}
