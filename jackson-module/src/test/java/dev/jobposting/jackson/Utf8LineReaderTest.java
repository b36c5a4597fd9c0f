package dev.jobposting.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import dev.jobposting.testkit.PropertyCheck;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * NDJSON read from bytes gives what its lines, decoded one by one, give read as characters: the
 * same postings, and the same bad lines with the same messages.
 */
class Utf8LineReaderTest {

  /** Bytes around the edges of UTF-8's ranges, for the bytes after a lead byte. */
  private static final int[] EDGES = {0x00, 0x0A, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
      0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};

  /** Pieces of lines: JSON, text in and beyond the BMP, white space, and what is not UTF-8. */
  private static final Object[] PIECES = {"{\"title\":\"Good\"}",
      "{\"title\":\"Caf\u00e9 \u4e2d\"}", "{\"title\":\"\uD83D\uDE80 rocket\"}",
      "{\"title\":\"T\",\"datePosted\":\"yesterday\"}", "{\"title\":", "[1]", "null",
      "{\"title\":\"Good\"} x", "\r", " ", "\t", "\u3000", "\u00e9", "\uD83D\uDE80", "\u0000",
      "\uFEFF", "x".repeat(70), "\u00e9".repeat(2100), bytes(0xE9), bytes(0xC0, 0xAF),
      bytes(0xED, 0xA0, 0x80), bytes(0xF0, 0x9F), bytes(0xE2, 0x82), bytes(0xF4, 0x90, 0x80, 0x80),
      bytes(0xFF)};

  @Test
  void acceptsExactlyWhatTheJdkDecoderAcceptsAndFailsWhereItFails() {
    List<byte[]> inputs = new ArrayList<>();
    for (int first = 0; first < 256; first++) {
      inputs.add(bytes(first));
      for (int second = 0; second < 256; second++) {
        inputs.add(bytes(first, second));
        for (int third : first >= 0xC0 ? EDGES : new int[0]) {
          inputs.add(bytes(first, second, third));
        }
      }
      for (int second : first >= 0xC0 ? EDGES : new int[0]) {
        for (int third : EDGES) {
          for (int fourth : EDGES) {
            inputs.add(bytes(first, second, third, fourth));
          }
        }
      }
    }
    for (byte[] input : inputs) {
      assertThat(firstProblem(input)).as(hex(input)).isEqualTo(jdkFirstProblem(input));
    }
  }

  @Test
  void refusesToWordGoodBytesAsBad() {
    assertThatThrownBy(() -> Utf8.malformedAt(bytes(0x41, 0xC3, 0xA9), 1, 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the JDK's decoder accepts bytes that sequence() rejects: c3 a9");
  }

  @Test
  void readsEveryLineAsItsCharactersRead() {
    SplittableRandom random = new SplittableRandom(PropertyCheck.baseSeed());
    for (int i = 0; i < 3_000; i++) {
      byte[] feed = feed(random);
      int maxLength = random.nextBoolean() ? 60 : Integer.MAX_VALUE;
      InputStream bytes = random.nextBoolean() ? new ByteArrayInputStream(feed)
          : new TrickleInput(feed, random.split());

      assertThat(outcomes(JobPostingFeedReader.ndjson(Json.MAPPER).withMaxRecordLength(maxLength),
          r -> r.read(bytes)))
          .as("seed %d, case %d: %s", PropertyCheck.baseSeed(), i, hex(feed))
          .isEqualTo(expectedOutcomes(feed, maxLength));
    }
  }

  @Test
  void waitsForStreamsThatGiveNoBytesYet() {
    byte[] feed = "{\"title\":\"Caf\u00e9\"}\n{\"title\":\"Good\"}"
        .getBytes(StandardCharsets.UTF_8);
    InputStream slow = new InputStream() {
      private int next;
      private boolean gave;

      @Override
      public int read() {
        return next < feed.length ? feed[next++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (next == feed.length) {
          return -1;
        }
        gave = !gave;
        if (!gave) {
          return 0;
        }
        buffer[offset] = feed[next++];
        return 1;
      }
    };

    assertThat(outcomes(JobPostingFeedReader.ndjson(Json.MAPPER), r -> r.read(slow)))
        .containsExactly("posting Caf\u00e9", "posting Good");
  }

  @Test
  void countsTheLimitInUtf16UnitsAsTheCharacterReaderDoes() {
    // 32 UTF-16 units in 52 bytes: ten characters beyond the BMP take two units and four bytes.
    String line = "{\"title\":\"" + "\uD83D\uDE80".repeat(10) + "\"}";
    String longer = line.replace("\"}", "x\"}");
    byte[] feed = (line + "\n" + longer + "\n" + line + "\r\n").getBytes(StandardCharsets.UTF_8);

    List<String> read = outcomes(JobPostingFeedReader.ndjson(Json.MAPPER)
        .withMaxRecordLength(32), r -> r.read(new ByteArrayInputStream(feed)));

    String posting = "posting " + "\uD83D\uDE80".repeat(10);
    assertThat(read).containsExactly(posting, "line 2: the line is longer than 32 characters",
        posting);
  }

  @Test
  void givesALineNoMoreBytesThanItsLimitAllowsBeforeCallingItTooLong() {
    // Three bytes a character: the line is too long past 16,800,003 bytes, just beyond 16 MiB.
    // Doubling from 4 KiB to 16 MiB allocates 32 MiB; the last array then takes 16.8 MB, where
    // doubling alone would take 32 MiB more.
    int limit = 5_600_000;
    InputStream feed = new RepeatedInput("", "\u4e2d".repeat(1000), 6_000,
        "\n{\"title\":\"Good\"}");
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();

    List<String> read = outcomes(
        JobPostingFeedReader.ndjson(Json.MAPPER).withMaxRecordLength(limit), r -> r.read(feed));

    assertThat(threads.getCurrentThreadAllocatedBytes() - before)
        .as("bytes allocated; the line's arrays take 50.3 MB, 67.1 MB if doubled to 32 MiB")
        .isLessThan(56L << 20);
    assertThat(read).containsExactly("line 1: the line is longer than 5600000 characters",
        "posting Good");
  }

  /** {@return what reading gives, posting by posting and bad line by bad line, to the end} */
  static List<String> outcomes(JobPostingFeedReader reader,
      Function<JobPostingFeedReader, JobPostingFeed> open) {
    List<String> outcomes = new ArrayList<>();
    try (JobPostingFeed feed = open.apply(reader.withErrorHandler(
        FeedErrorHandler.skip(e -> outcomes.add(e.getMessage()))))) {
      feed.forEachRemaining(posting -> outcomes.add("posting " + posting.title()));
    }
    return outcomes;
  }

  private static byte[] feed(SplittableRandom random) {
    ByteArrayOutputStream feed = new ByteArrayOutputStream();
    int lines = random.nextInt(1, 6);
    for (int line = 0; line < lines; line++) {
      int pieces = random.nextInt(0, 4);
      for (int piece = 0; piece < pieces; piece++) {
        Object part = PIECES[random.nextInt(PIECES.length)];
        feed.writeBytes(part instanceof byte[] raw ? raw
            : ((String) part).getBytes(StandardCharsets.UTF_8));
      }
      if (line < lines - 1 || random.nextBoolean()) {
        feed.write('\n');
      }
    }
    return feed.toByteArray();
  }

  /**
   * What reading NDJSON bytes means, written out plainly. The bytes split into lines at each LF,
   * the last line being the bytes after the last LF if there are any. A line that is not UTF-8 is
   * bad for its first bad bytes, as the JDK's decoder delimits them, unless more characters than
   * the limit and one come before them; a line that is, without a CR at its end, is bad if it is
   * longer than the limit, is skipped if it is blank, and else is read as a one-line feed of
   * characters.
   */
  static List<String> expectedOutcomes(byte[] feed, int maxLength) {
    List<String> outcomes = new ArrayList<>();
    JobPostingFeedReader reader = JobPostingFeedReader.ndjson(Json.MAPPER)
        .withMaxRecordLength(maxLength);
    int number = 0;
    for (int start = 0; start < feed.length; ) {
      int end = start;
      while (end < feed.length && feed[end] != '\n') {
        end++;
      }
      String line = "line " + ++number + ": ";
      String tooLong = line + "the line is longer than " + maxLength + " characters";
      ByteBuffer in = ByteBuffer.wrap(feed, start, end - start);
      CharBuffer text = CharBuffer.allocate(end - start);
      CoderResult result = Utf8.strictDecoder().decode(in, text, true);
      if (result.isError()) {
        outcomes.add(text.position() > maxLength + 1L ? tooLong
            : line + Utf8.describe(feed, in.position(), result.length()));
      } else {
        String decoded = text.flip().toString();
        String chars = decoded.endsWith("\r")
            ? decoded.substring(0, decoded.length() - 1) : decoded;
        if (chars.length() > maxLength) {
          outcomes.add(tooLong);
        } else if (!chars.isBlank()) {
          // The one-line feed takes off the CR itself.
          outcomes.addAll(outcomes(reader, r -> r.read(new StringReader(decoded))).stream()
              .map(outcome -> outcome.startsWith("line 1: ")
                  ? line + outcome.substring("line 1: ".length()) : outcome).toList());
        }
      }
      start = end + 1;
    }
    return outcomes;
  }

  /** {@return where the first bad sequence starts and what it says, or "none"} */
  private static String firstProblem(byte[] input) {
    int i = 0;
    while (i < input.length) {
      int sequence = Utf8.sequence(input, i, input.length);
      if (sequence <= 0) {
        return i + ": " + Utf8.malformedAt(input, i, input.length);
      }
      i += sequence;
    }
    return "none";
  }

  private static String jdkFirstProblem(byte[] input) {
    CharsetDecoder decoder = Utf8.strictDecoder();
    ByteBuffer in = ByteBuffer.wrap(input);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(input.length * 2), true);
    return result.isError()
        ? in.position() + ": " + Utf8.describe(input, in.position(), result.length()) : "none";
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static String hex(byte[] bytes) {
    return java.util.HexFormat.ofDelimiter(" ").formatHex(bytes);
  }
}
