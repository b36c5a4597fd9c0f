package dev.jobposting.jackson;

import dev.jobposting.JobPosting;
import java.io.Closeable;
import java.io.IOException;

/** Where a feed's records come from: the layout-specific half of {@link JobPostingFeed}. */
interface RecordSource extends Closeable {

  /**
   * Reads the next record.
   *
   * @return the posting, or null at the end of the feed
   * @throws FeedRecordException when the record is bad; the source is then positioned to read
   *     the next record if the exception is recoverable
   * @throws IOException when the underlying input fails
   */
  JobPosting next() throws IOException;
}
