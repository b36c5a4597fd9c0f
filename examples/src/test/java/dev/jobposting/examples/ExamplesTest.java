package dev.jobposting.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ExamplesTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void buildingAPosting() {
    BuildingAPosting.run(out);
    assertThat(printed()).contains(
        "Built: Senior Backend Engineer at Trailhead Jobs",
        "Pays: 135000.00 USD to 165000.00 USD a year",
        "Copy: Staff Backend Engineer; the original is still Senior Backend Engineer",
        "Rejected: PayRange.minimum: 120000.00 USD exceeds maximum 90000.00 USD");
  }

  @Test
  void readingAndWritingJson() throws Exception {
    ReadingAndWritingJson.run(out);
    assertThat(printed()).contains("\"title\" : \"Senior Backend Engineer\"",
        "\"amount\" : 135000.00", "Read back equal: true",
        "Rejected: compensation.base.minimum: 135000.00 USD exceeds maximum 90000.00 USD");
  }

  @Test
  void streamingAFeed() throws Exception {
    StreamingAFeed.run(out);
    assertThat(printed()).contains("Wrote 1000 postings",
        "Skipped line 1001: title: must not be blank", "Read 1000 postings");
  }

  @Test
  void validatingBeforePublishingEndsPublishable() {
    LocalDate day = LocalDate.of(2026, 11, 27);
    var posting = ValidatingBeforePublishing.run(out, day);
    assertThat(printed())
        .contains("22 error(s), 22 warning(s), not publishable", "PT-CO-04", "PT-ON-08")
        .contains("1. say it is a full-time job (P-04) -> 21 error(s)")
        .contains("5. declare AI use in screening and that the vacancy exists (PT-ON-08, PT-ON-09)"
            + " -> 0 error(s)")
        .contains("0 error(s), 10 warning(s), publishable");
    assertThat(dev.jobposting.validation.JobPostingValidator.create().asOf(day).validate(posting)
        .isPublishable()).isTrue();
  }

  @Test
  void exportingJsonLdKeepsTheScriptElementWhole() {
    ExportingJsonLd.run(out);
    Document page = Jsoup.parse(printed());
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.select("script").first().data())
        .contains("\"@type\":\"JobPosting\"", "\\u003C/script\\u003E");
    assertThat(page.title()).isEqualTo("Backend Engineer </script><script>alert(1)</script>");
  }

  @Test
  void importingJsonLdListsWhatItNormalisedAndDropped() {
    ImportingJsonLd.run(out);
    assertThat(printed()).contains("Found: Lagerist (m/w/d) ([FULL_TIME], posted 2026-11-03)",
        "read 'Vollzeit' as FULL_TIME", "read country 'Deutschland' as DE",
        "shoeSize DROPPED");
  }

  @Test
  void validatingInAnApplication() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    try {
      ValidatingInAnApplication.run(out);
    } finally {
      Locale.setDefault(before);
    }
    assertThat(printed().lines()).containsExactly(
        "posting.datePosted: Google for Jobs requires this property",
        "posting.datePosted: the posting date is required",
        "posting.employment: at least one employment type is required");
  }
}
