package dev.jobposting.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.jobposting.JobPosting;
import java.io.UncheckedIOException;
import java.util.List;

/** Shared test helpers: a mapper with the module, and the shipped schema as a validator. */
final class Json {

  static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JobPostingModule()).build();

  private static final Schema SCHEMA = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(JobPostingSchema.open());

  private Json() {}

  static String write(JobPosting posting) {
    try {
      return MAPPER.writeValueAsString(posting);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JobPosting read(String json) throws JsonProcessingException {
    return MAPPER.readValue(json, JobPosting.class);
  }

  /** Reads JSON that the test expects to be valid: a failure is the test's error, unchecked. */
  static JobPosting readValid(ObjectMapper mapper, String json) {
    try {
      return mapper.readValue(json, JobPosting.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the schema's complaints about a JSON text; empty when it is valid} */
  static List<Error> schemaErrors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  /** {@return the schema's complaints about a JSON tree; empty when it is valid} */
  static List<Error> schemaErrors(JsonNode json) {
    return SCHEMA.validate(json);
  }
}
