package dev.jobposting.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobposting.JobPosting;
import dev.jobposting.benchmarks.baseline.BaselineMapper;
import dev.jobposting.benchmarks.baseline.PojoPosting;
import dev.jobposting.schemaorg.ImportResult;
import dev.jobposting.schemaorg.JsonLdExporter;
import dev.jobposting.schemaorg.JsonLdImporter;
import dev.jobposting.testkit.SamplePostings;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The reference posting read and written as canonical JSON by the library and by plain Jackson
 * on hand-written POJOs, and exported to and imported from schema.org JSON-LD. All work on
 * strings, so each pair compares like with like.
 */
@State(Scope.Benchmark)
public class JsonBenchmarks extends MicroBenchmark {

  private final ObjectMapper library = Fixtures.libraryMapper();
  private final ObjectMapper baseline = BaselineMapper.create();
  private final JsonLdExporter exporter = JsonLdExporter.create();
  private final JsonLdImporter importer = JsonLdImporter.create();

  private JobPosting posting;
  private PojoPosting pojo;
  private String canonical;
  private String jsonLd;

  /** Prepares the documents and checks that both sides read the same text. */
  @Setup
  public void prepare() throws IOException {
    posting = SamplePostings.reference();
    canonical = library.writeValueAsString(posting);
    pojo = baseline.readValue(canonical, PojoPosting.class);
    if (!baseline.writeValueAsString(pojo).equals(canonical)) {
      throw new IllegalStateException("the baseline does not write the canonical JSON");
    }
    jsonLd = exporter.toJson(posting);
  }

  /** {@return the posting read by the library} */
  @Benchmark
  public JobPosting readCanonical() throws IOException {
    return library.readValue(canonical, JobPosting.class);
  }

  /** {@return the posting read by plain Jackson into POJOs} */
  @Benchmark
  public PojoPosting readBaseline() throws IOException {
    return baseline.readValue(canonical, PojoPosting.class);
  }

  /** {@return the posting written by the library} */
  @Benchmark
  public String writeCanonical() throws IOException {
    return library.writeValueAsString(posting);
  }

  /** {@return the posting written by plain Jackson from POJOs} */
  @Benchmark
  public String writeBaseline() throws IOException {
    return baseline.writeValueAsString(pojo);
  }

  /** {@return the posting exported to JSON-LD} */
  @Benchmark
  public String exportJsonLd() {
    return exporter.toJson(posting);
  }

  /** {@return the JSON-LD imported} */
  @Benchmark
  public ImportResult importJsonLd() {
    return importer.read(jsonLd);
  }
}
