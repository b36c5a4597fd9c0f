package dev.jobposting.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.InvariantViolationException;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void distinctNamesTheFirstRepeatInShortAndLongLists() {
    assertThatThrownBy(() -> Checks.distinct("T.a", List.of("x", "y", "x")))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("T.a[2]: duplicates x");
    List<String> long1 = IntStream.range(0, 20).mapToObj(i -> "v" + (i == 15 ? 3 : i)).toList();
    assertThatThrownBy(() -> Checks.distinct("T.b", long1))
        .hasMessage("T.b[15]: duplicates v3");
    List<String> long2 = IntStream.range(0, 20).mapToObj(i -> "v" + i).toList();
    assertThatCode(() -> Checks.distinct("T.c", long2)).doesNotThrowAnyException();
  }

  @Test
  void messagesAreBuiltOnFailure() {
    assertThatThrownBy(() -> Checks.require(false, "T.d", () -> "bad " + 1))
        .hasMessage("T.d: bad 1");
    assertThatCode(() -> Checks.require(true, "T.d", () -> {
      throw new AssertionError("built although the invariant holds");
    })).doesNotThrowAnyException();
    assertThatThrownBy(() -> Checks.between("T.e", Optional.of(9), 1, 6))
        .hasMessage("T.e: 9 is outside 1..6");
    assertThatThrownBy(() -> Checks.texts("T.f", List.of("a", " ")))
        .hasMessage("T.f[1]: must not be blank");
  }
}
