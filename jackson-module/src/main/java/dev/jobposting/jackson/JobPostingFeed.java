package dev.jobposting.jackson;

import dev.jobposting.JobPosting;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The postings of one feed, read one at a time as they are asked for. Obtained from {@link
 * JobPostingFeedReader#read(java.io.InputStream)}; close it to close the input.
 *
 * <p>{@link #hasNext()} and {@link #next()} throw {@link FeedRecordException} when the error
 * handler stops at a bad record, and {@link UncheckedIOException} when the input fails. Either
 * way the feed has then ended and its input is closed: {@code hasNext()} returns false from then
 * on. Not thread-safe.
 */
public final class JobPostingFeed implements Iterator<JobPosting>, Closeable {

  private final RecordSource source;
  private final FeedErrorHandler errorHandler;
  private JobPosting next;
  private boolean ended;

  JobPostingFeed(RecordSource source, FeedErrorHandler errorHandler) {
    this.source = source;
    this.errorHandler = errorHandler;
  }

  /**
   * Tells whether another posting follows, reading ahead to it and past bad records the error
   * handler skips.
   *
   * @return true when {@link #next()} has a posting to return
   */
  @Override
  public boolean hasNext() {
    while (next == null && !ended) {
      try {
        next = source.next();
        ended = next == null;
      } catch (FeedRecordException e) {
        if (!e.isRecoverable()) {
          throw stop(e);
        }
        handle(e);
      } catch (IOException e) {
        throw stop(new UncheckedIOException(e));
      }
    }
    return next != null;
  }

  private void handle(FeedRecordException error) {
    try {
      errorHandler.handle(error);
    } catch (RuntimeException stopped) {
      throw stop(stopped);
    }
  }

  /** Ends the feed for good and releases the input before the failure reaches the caller. */
  private <T extends RuntimeException> T stop(T failure) {
    ended = true;
    try {
      source.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
    return failure;
  }

  /**
   * Returns the next posting.
   *
   * @return the posting
   * @throws NoSuchElementException at the end of the feed
   */
  @Override
  public JobPosting next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the feed has no more postings");
    }
    JobPosting posting = next;
    next = null;
    return posting;
  }

  /**
   * The remaining postings as a sequential stream that closes this feed when it is closed.
   *
   * @return the stream
   */
  public Stream<JobPosting> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
  }

  /** Closes the input. */
  @Override
  public void close() {
    ended = true;
    try {
      source.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
