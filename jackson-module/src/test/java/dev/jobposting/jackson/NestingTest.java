package dev.jobposting.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import dev.jobposting.JobPosting;
import dev.jobposting.compensation.Money;
import dev.jobposting.place.AdministrativeArea;
import dev.jobposting.place.CountryCode;
import dev.jobposting.testkit.PostingGenerator;
import dev.jobposting.testkit.SamplePostings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Postings and their parts inside users' own objects, lists, maps and trees. */
class NestingTest {

  /** A user's own type that holds postings. */
  record Board(String name, List<JobPosting> postings, Map<String, JobPosting> byId,
      JobPosting featured, Money budget, CountryCode country, List<AdministrativeArea> areas) {}

  private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();

  @Test
  void postingsInsideAUsersRecordListAndMapRoundTrip() throws Exception {
    PostingGenerator generator = PostingGenerator.withSeed(11);
    Map<String, JobPosting> byId = new LinkedHashMap<>();
    byId.put("a", generator.next());
    byId.put("b", SamplePostings.reference());
    Board board = new Board("jobs", List.of(SamplePostings.full(), generator.next()), byId,
        SamplePostings.minimal(), Money.of("1500", "EUR"), CountryCode.of("DE"),
        List.of(AdministrativeArea.worldwide(), AdministrativeArea.subdivision("US-CA")));

    String json = mapper.writeValueAsString(board);
    Board read = mapper.readValue(json, Board.class);

    assertThat(read).isEqualTo(board);
    JsonNode tree = mapper.readTree(json);
    assertThat(tree.at("/postings/0")).isEqualTo(Json.tree(Json.write(SamplePostings.full())));
    for (JsonNode posting : List.of(tree.at("/postings/1"), tree.at("/byId/a"), tree.at("/featured"))) {
      assertThat(Json.schemaErrors(posting)).isEmpty();
    }
    assertThat(tree.at("/budget/amount").decimalValue()).isEqualByComparingTo("1500.00");
    assertThat(tree.at("/areas/1").asText()).isEqualTo("US-CA");
  }

  @Test
  void listsAndMapsOfPostingsRoundTrip() throws Exception {
    List<JobPosting> postings = List.of(SamplePostings.full(), SamplePostings.reference());
    String json = mapper.writeValueAsString(postings);
    assertThat(mapper.readValue(json, new TypeReference<List<JobPosting>>() {}))
        .isEqualTo(postings);

    Map<String, JobPosting> map = Map.of("x", SamplePostings.minimal());
    assertThat(mapper.readValue(mapper.writeValueAsString(map),
        new TypeReference<Map<String, JobPosting>>() {})).isEqualTo(map);
  }

  @Test
  void postingsConvertThroughTokenBuffers() {
    JobPosting full = SamplePostings.full();
    assertThat(mapper.convertValue(full, JobPosting.class)).isEqualTo(full);
  }

  @Test
  void postingsConvertThroughTreesThatKeepDecimalsAsWritten() throws Exception {
    // Trees keep exact decimals only when the mapper reads floats as BigDecimal and keeps zeros.
    ObjectMapper exact = JsonMapper.builder().addModule(new JobPostingModule())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
    JobPosting full = SamplePostings.full();
    JsonNode tree = exact.readTree(exact.writeValueAsString(full));
    assertThat(exact.treeToValue(tree, JobPosting.class)).isEqualTo(full);
  }

  @Test
  void errorsInsideAUsersObjectNameTheWholePath() {
    String posting = "{\"title\":\"T\",\"compensation\":{\"base\":{\"minimum\":"
        + "{\"amount\":9,\"currency\":\"USD\"},\"maximum\":{\"amount\":1,\"currency\":\"USD\"},"
        + "\"period\":\"YEAR\"}}}";
    String board = "{\"name\":\"b\",\"postings\":[" + posting + "]}";

    assertThatThrownBy(() -> mapper.readValue(board, Board.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("compensation.base.minimum")
        .satisfies(e -> assertThat(JsonPaths.of((ValueInstantiationException) e))
            .isEqualTo("postings[0].compensation.base.minimum"));
  }

  /** A user's type whose field is typed by a class name, as with default typing. */
  record Envelope(@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS) Object payload) {}

  @Test
  void postingsCarryTypeIdsWhenTheUsersMapperAsksForThem() throws Exception {
    ObjectMapper typed = JsonMapper.builder().addModule(new JobPostingModule())
        .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
            .allowIfSubType("dev.jobposting.").build())
        .build();
    Envelope envelope = new Envelope(SamplePostings.full());

    String json = typed.writeValueAsString(envelope);

    assertThat(typed.readValue(json, Envelope.class)).isEqualTo(envelope);
  }
}
