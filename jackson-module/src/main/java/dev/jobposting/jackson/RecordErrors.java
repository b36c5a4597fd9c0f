package dev.jobposting.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Turns what went wrong with one record into a {@link FeedRecordException}. */
final class RecordErrors {

  private RecordErrors() {}

  static FeedRecordException of(FeedFormat format, long record, JsonProcessingException e,
      boolean recoverable) {
    String path = e instanceof JsonMappingException ? JsonPaths.of((JsonMappingException) e) : "";
    return new FeedRecordException(format, record, path, e.getOriginalMessage(), recoverable, e);
  }

  static FeedRecordException of(FeedFormat format, long record, String problem,
      boolean recoverable) {
    return new FeedRecordException(format, record, "", problem, recoverable, null);
  }
}
