package dev.jobposting.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobposting.testkit.PropertyCheck;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The eight-bytes-at-a-time scans find what a byte-at-a-time loop finds, wherever it lies. */
class ByteScanTest {

  /** Bytes that stop a scan, that look like them in part, and that end a word's borrow chain. */
  private static final byte[] BYTES = {'\n', 0x0B, 0x09, 0x00, 0x01, 0x7F, (byte) 0x80,
      (byte) 0x8A, (byte) 0xFF, 'a', '{', ' '};

  @Test
  void findsTheFirstStopFromEveryStartToEveryEnd() {
    SplittableRandom random = new SplittableRandom(PropertyCheck.baseSeed());
    for (int round = 0; round < 400; round++) {
      byte[] bytes = new byte[random.nextInt(0, 40)];
      for (int i = 0; i < bytes.length; i++) {
        // Mostly plain ASCII, so that runs span several words before a stop.
        bytes[i] = random.nextInt(4) == 0 ? BYTES[random.nextInt(BYTES.length)] : (byte) 'x';
      }
      for (int from = 0; from <= bytes.length; from++) {
        for (int to = from; to <= bytes.length; to++) {
          assertThat(ByteScan.lineFeed(bytes, from, to))
              .as("line feed, seed %d, round %d, %d..%d", PropertyCheck.baseSeed(), round, from, to)
              .isEqualTo(plainLineFeed(bytes, from, to));
          assertThat(ByteScan.nonAscii(bytes, from, to))
              .as("non-ASCII, seed %d, round %d, %d..%d", PropertyCheck.baseSeed(), round, from, to)
              .isEqualTo(plainNonAscii(bytes, from, to));
        }
      }
    }
  }

  @Test
  void findsAStopInEachByteOfAWord() {
    for (int at = 0; at < 24; at++) {
      byte[] lineFeed = "x".repeat(24).getBytes();
      lineFeed[at] = '\n';
      byte[] nonAscii = "x".repeat(24).getBytes();
      nonAscii[at] = (byte) 0xC3;

      assertThat(ByteScan.lineFeed(lineFeed, 0, 24)).isEqualTo(at);
      assertThat(ByteScan.nonAscii(nonAscii, 0, 24)).isEqualTo(at);
    }
    assertThat(ByteScan.lineFeed(new byte[24], 3, 24)).isEqualTo(24);
    assertThat(ByteScan.nonAscii(new byte[24], 3, 24)).isEqualTo(24);
  }

  @Test
  void findsTheFirstOfEveryPairOfStopsAtEveryOffset() {
    // Pairs such as a line feed followed by 0x0B, whose borrow flags the byte above it too.
    for (byte first : BYTES) {
      for (byte second : BYTES) {
        for (int at = 0; at < 17; at++) {
          byte[] bytes = "x".repeat(26).getBytes();
          bytes[at] = first;
          bytes[at + 1] = second;
          for (int from = 0; from <= 8; from++) {
            assertThat(ByteScan.lineFeed(bytes, from, bytes.length))
                .as("line feed, %02x %02x at %d from %d", first, second, at, from)
                .isEqualTo(plainLineFeed(bytes, from, bytes.length));
            assertThat(ByteScan.nonAscii(bytes, from, bytes.length))
                .as("non-ASCII, %02x %02x at %d from %d", first, second, at, from)
                .isEqualTo(plainNonAscii(bytes, from, bytes.length));
          }
        }
      }
    }
  }

  private static int plainLineFeed(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to && bytes[i] != '\n') {
      i++;
    }
    return i;
  }

  private static int plainNonAscii(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to && bytes[i] >= 0) {
      i++;
    }
    return i;
  }
}
