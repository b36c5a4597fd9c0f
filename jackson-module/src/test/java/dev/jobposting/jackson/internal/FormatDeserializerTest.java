package dev.jobposting.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A deserializer's read state: kept from read to read, and replaced after 64 reads. */
class FormatDeserializerTest {

  @Test
  void aReadStateServesSixtyFourReadsThenANewOneTakesOver() throws IOException {
    List<ReadContext> states = new ArrayList<>();
    FormatDeserializer<String> deserializer = new FormatDeserializer<>(String.class,
        new RecordingFormat(states), new ReadOptions(false));

    for (int i = 0; i < 129; i++) {
      deserializer.deserialize(null, null);
    }

    assertThat(states.subList(0, 64))
        .allSatisfy(state -> assertThat(state).isSameAs(states.get(0)));
    assertThat(states.subList(64, 128))
        .allSatisfy(state -> assertThat(state).isSameAs(states.get(64)));
    assertThat(states.get(64)).isNotSameAs(states.get(0));
    assertThat(states.get(128)).isNotSameAs(states.get(64)).isNotSameAs(states.get(0));
  }

  /** Reads nothing; remembers the read state each read was given. */
  private static final class RecordingFormat implements ValueFormat<String> {
    private final List<ReadContext> states;

    RecordingFormat(List<ReadContext> states) {
      this.states = states;
    }

    @Override
    public void write(String value, JsonGenerator generator) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String read(JsonParser parser, ReadContext context) {
      states.add(context);
      return "read";
    }

    @Override
    public String expectation() {
      return "anything";
    }
  }
}
