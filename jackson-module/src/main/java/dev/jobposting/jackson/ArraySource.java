package dev.jobposting.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.jobposting.JobPosting;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads the elements of one JSON array with a single streaming parser. After a bad element that
 * was well-formed JSON, it skips to the element's end so that reading can go on; a syntax error
 * ends the feed, and so do bytes that are not UTF-8.
 */
final class ArraySource implements RecordSource {

  private final ObjectReader reader;
  private final JsonParser parser;
  private JsonStreamContext array;
  private long index = -1;
  private boolean done;

  ArraySource(ObjectReader reader, Reader in) throws IOException {
    this.reader = reader;
    this.parser = reader.createParser(in);
  }

  @Override
  public JobPosting next() throws IOException {
    if (done) {
      return null;
    }
    try {
      JsonToken token = parser.nextToken();
      if (array == null) {
        start(token);
        token = parser.nextToken();
      }
      index++;
      if (token == JsonToken.END_ARRAY) {
        finish();
        return null;
      }
      return element(token);
    } catch (FeedRecordException e) {
      done |= !e.isRecoverable();
      throw e;
    } catch (JsonProcessingException e) {
      done = true;
      throw RecordErrors.of(FeedFormat.JSON_ARRAY, Math.max(index, 0), e, false);
    } catch (StrictUtf8Reader.NotUtf8 e) {
      done = true;
      throw RecordErrors.of(FeedFormat.JSON_ARRAY, Math.max(index, 0), e.getMessage(), false);
    }
  }

  private void start(JsonToken token) {
    if (token != JsonToken.START_ARRAY) {
      throw RecordErrors.of(FeedFormat.JSON_ARRAY, 0,
          "expected a JSON array of postings, got " + (token == null ? "no content" : token),
          false);
    }
    array = parser.getParsingContext();
  }

  private void finish() throws IOException {
    done = true;
    JsonToken trailing = parser.nextToken();
    if (trailing != null) {
      throw RecordErrors.of(FeedFormat.JSON_ARRAY, index,
          "unexpected content after the end of the array: " + trailing, false);
    }
  }

  private JobPosting element(JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      throw RecordErrors.of(FeedFormat.JSON_ARRAY, index,
          "expected a JobPosting object, got null", true);
    }
    try {
      return reader.readValue(parser);
    } catch (JsonMappingException e) {
      skipRestOfElement();
      throw RecordErrors.of(FeedFormat.JSON_ARRAY, index, e, true);
    }
  }

  /** Moves to the last token of the element that failed, so the next token starts a new one. */
  private void skipRestOfElement() throws IOException {
    while (parser.getParsingContext() != array) {
      if (parser.nextToken() == null) {
        throw RecordErrors.of(FeedFormat.JSON_ARRAY, index, "the array is not closed", false);
      }
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
