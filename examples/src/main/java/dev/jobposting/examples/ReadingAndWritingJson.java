package dev.jobposting.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobposting.JobPosting;
import java.io.PrintStream;

/** Writes a posting as canonical JSON, reads it back, and shows an error that names its path. */
public final class ReadingAndWritingJson {

  private ReadingAndWritingJson() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   * @throws JsonProcessingException never, for the example's own posting
   */
  public static void main(String[] args) throws JsonProcessingException {
    run(System.out);
  }

  static void run(PrintStream out) throws JsonProcessingException {
    ObjectMapper mapper = Mappers.canonical();
    JobPosting posting = BuildingAPosting.posting();

    String json = mapper.writeValueAsString(posting);
    out.println(json);
    JobPosting read = mapper.readValue(json, JobPosting.class);
    out.println("Read back equal: " + read.equals(posting));

    String broken = json.replace("\"amount\" : 165000.00", "\"amount\" : 90000.00");
    try {
      mapper.readValue(broken, JobPosting.class);
    } catch (JsonProcessingException e) {
      out.println("Rejected: " + e.getOriginalMessage());
    }
  }
}
