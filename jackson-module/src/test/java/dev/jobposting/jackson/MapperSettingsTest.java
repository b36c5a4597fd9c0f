package dev.jobposting.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jobposting.JobPosting;
import dev.jobposting.testkit.PostingGenerator;
import dev.jobposting.testkit.SamplePostings;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The format does not change with the settings of the mapper the module is registered with. */
class MapperSettingsTest {

  static Stream<ObjectMapper> unusualMappers() {
    return Stream.of(
        JsonMapper.builder().addModule(new JobPostingModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build(),
        JsonMapper.builder().addModule(new JobPostingModule())
            .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES).build(),
        JsonMapper.builder().addModule(new JobPostingModule())
            .serializationInclusion(JsonInclude.Include.ALWAYS).build(),
        JsonMapper.builder().addModule(new JobPostingModule())
            .serializationInclusion(JsonInclude.Include.NON_NULL).build(),
        JsonMapper.builder().addModule(new JobPostingModule())
            .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.WRITE_ENUMS_USING_INDEX).build(),
        JsonMapper.builder().addModule(new JobPostingModule())
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING).build(),
        JsonMapper.builder().addModule(new JobPostingModule())
            .disable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build(),
        JsonMapper.builder().addModule(new JobPostingModule())
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS).build(),
        JsonMapper.builder().addModule(new JobPostingModule())
            .enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS).build(),
        JsonMapper.builder().addModule(new JobPostingModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT).build(),
        new ObjectMapper().findAndRegisterModules());
  }

  @ParameterizedTest
  @MethodSource("unusualMappers")
  void writesTheSameBytesAndReadsThemBack(ObjectMapper mapper) throws Exception {
    PostingGenerator generator = PostingGenerator.withSeed(7);
    List<JobPosting> postings = Stream.concat(
        SamplePostings.all().values().stream(),
        Stream.generate(generator::next).limit(50)).toList();
    for (JobPosting posting : postings) {
      String canonical = Json.write(posting);
      assertThat(Json.schemaErrors(canonical)).isEmpty();
      assertThat(mapper.writeValueAsString(posting)).isEqualTo(canonical);
      assertThat(mapper.readValue(canonical, JobPosting.class)).isEqualTo(posting);
    }
  }
}
