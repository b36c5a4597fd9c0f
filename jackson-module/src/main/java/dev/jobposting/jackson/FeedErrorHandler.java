package dev.jobposting.jackson;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Decides what happens when a record of a feed cannot be read: throwing the exception (or another)
 * stops the feed; returning skips the record and goes on with the next one.
 *
 * <pre>{@code
 * List<FeedRecordException> rejected = new ArrayList<>();
 * JobPostingFeedReader reader = JobPostingFeedReader.ndjson(mapper)
 *     .withErrorHandler(FeedErrorHandler.skip(rejected::add));
 * }</pre>
 */
@FunctionalInterface
public interface FeedErrorHandler {

  /**
   * Handles a bad record.
   *
   * @param error what went wrong and where
   */
  void handle(FeedRecordException error);

  /** {@return a handler that stops the feed at the first bad record, by throwing its error} */
  static FeedErrorHandler failFast() {
    return error -> {
      throw error;
    };
  }

  /**
   * A handler that skips bad records after passing each to a consumer, such as a log or a list.
   *
   * @param rejected receives every skipped record's error
   * @return the handler
   */
  static FeedErrorHandler skip(Consumer<? super FeedRecordException> rejected) {
    Objects.requireNonNull(rejected, "rejected");
    return rejected::accept;
  }
}
