package dev.jobposting.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jobposting.JobPosting;
import dev.jobposting.testkit.PostingGenerator;
import dev.jobposting.testkit.PropertyCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A deserializer keeps its read state and empties builders between reads; nothing of one read
 * may reach the next, whether the earlier read succeeded, failed half way, or ran on another
 * thread at the same time.
 */
class ReaderReuseTest {

  private static final int POSTINGS = 300;

  @Test
  void aReadAfterAReadThatFailedHalfWayGetsExactlyItsOwnPosting() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new JobPostingModule()).build();
    List<JobPosting> postings = generate(PropertyCheck.baseSeed());
    SplittableRandom random = new SplittableRandom(PropertyCheck.baseSeed());
    for (int i = 0; i < postings.size(); i++) {
      String earlier = Json.write(postings.get(i));
      // Cut inside the last third: the reader is deep in lists and nested objects by then.
      String cut = earlier.substring(0, random.nextInt(2 * earlier.length() / 3,
          earlier.length() - 1));
      assertThatThrownBy(() -> mapper.readValue(cut, JobPosting.class))
          .as(cut).isInstanceOf(JsonProcessingException.class);

      JobPosting next = postings.get((i + 1) % postings.size());
      assertThat(Json.readValid(mapper, Json.write(next))).isEqualTo(next);
    }
  }

  @Test
  void aReadAfterAValueFailedItsInvariantsGetsExactlyItsOwnPosting() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new JobPostingModule()).build();
    String reversedRange = "{\"title\":\"T\",\"compensation\":{\"base\":{"
        + "\"minimum\":{\"amount\":90.00,\"currency\":\"EUR\"},"
        + "\"maximum\":{\"amount\":60.00,\"currency\":\"EUR\"},\"period\":\"YEAR\"}}}";
    String repeatedAlternative = "{\"title\":\"T\",\"requirements\":[{\"kind\":\"SKILL\","
        + "\"necessity\":\"REQUIRED\",\"text\":\"Go or Rust\","
        + "\"alternatives\":[\"Go\",\"Go\"]}]}";
    String onlyMaximum = "{\"title\":\"T\",\"compensation\":{\"base\":{"
        + "\"maximum\":{\"amount\":60.00,\"currency\":\"EUR\"},\"period\":\"YEAR\"}}}";
    String noAlternatives = "{\"title\":\"T\",\"requirements\":[{\"kind\":\"SKILL\","
        + "\"necessity\":\"REQUIRED\",\"text\":\"Go\"}]}";

    // Both fail when the builder is built, after every property was given to it.
    assertThatThrownBy(() -> mapper.readValue(reversedRange, JobPosting.class))
        .hasMessageStartingWith("compensation.base");
    assertThatThrownBy(() -> mapper.readValue(repeatedAlternative, JobPosting.class))
        .hasMessageStartingWith("requirements[0].alternatives");

    assertThat(Json.write(mapper.readValue(onlyMaximum, JobPosting.class)))
        .isEqualTo(onlyMaximum);
    assertThat(Json.write(mapper.readValue(noAlternatives, JobPosting.class)))
        .isEqualTo(noAlternatives);
  }

  @Test
  void anErrorAfterAnErrorNamesOnlyItsOwnPath() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new JobPostingModule()).build();

    assertThatThrownBy(() -> mapper.readValue(
        "{\"title\":\"T\",\"employer\":{\"name\":\"E\",\"nmae\":\"x\"}}", JobPosting.class))
        .hasMessageStartingWith("employer.nmae: is not a property of Employer");
    assertThatThrownBy(() -> mapper.readValue("{}", JobPosting.class))
        .hasMessageStartingWith("title: is required but missing")
        .satisfies(e -> assertThat(JsonPaths.of((JsonMappingException) e)).isEqualTo("title"));
  }

  @Test
  void oneReaderOfManyPostingsGetsEachExactlyAcrossTheReadStatesItReplaces() {
    // A deserializer replaces its read state every 64 reads; 300 reads replace it four times.
    ObjectMapper mapper = JsonMapper.builder().addModule(new JobPostingModule()).build();
    for (JobPosting posting : generate(PropertyCheck.baseSeed())) {
      assertThat(Json.readValid(mapper, Json.write(posting))).isEqualTo(posting);
    }
  }

  @Test
  void threadsSharingOneMapperEachGetTheirOwnPostings() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new JobPostingModule()).build();
    int threads = 4;
    List<Callable<Integer>> readers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      List<JobPosting> postings = generate(PropertyCheck.baseSeed() + t);
      List<String> texts = postings.stream().map(Json::write).toList();
      readers.add(() -> {
        for (int round = 0; round < 3; round++) {
          for (int i = 0; i < postings.size(); i++) {
            assertThat(Json.readValid(mapper, texts.get(i))).isEqualTo(postings.get(i));
          }
        }
        return postings.size();
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (Future<Integer> done : pool.invokeAll(readers)) {
        assertThat(done.get()).isEqualTo(POSTINGS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<JobPosting> generate(long seed) {
    PostingGenerator generator = PostingGenerator.withSeed(seed);
    List<JobPosting> postings = new ArrayList<>();
    for (int i = 0; i < POSTINGS; i++) {
      postings.add(generator.next());
    }
    return postings;
  }
}
