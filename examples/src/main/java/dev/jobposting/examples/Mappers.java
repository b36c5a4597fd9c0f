package dev.jobposting.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jobposting.jackson.JobPostingModule;

/** The one mapper setup the examples share: the canonical format, indented for reading. */
final class Mappers {

  private Mappers() {}

  static ObjectMapper canonical() {
    return JsonMapper.builder()
        .addModule(new JobPostingModule())
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }
}
