package dev.jobposting.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobposting.JobPosting;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class JsonLdScriptTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<Arguments> hostile() {
    return Stream.concat(HostileStrings.ALL.stream(), Stream.of(HostileStrings.EVERYTHING))
        .flatMap(s -> Stream.of(Arguments.of(s, true), Arguments.of(s, false)));
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void hostileTextInEveryFieldStaysInsideOneScriptElement(String text, boolean html)
      throws Exception {
    JobPosting posting = HostileStrings.posting(text, html);
    ObjectNode expected = JsonLdExporter.create().toTree(posting);

    JsonNode parsed = embedAndExtract(JsonLdScript.element(posting));

    assertThat(parsed).isEqualTo(expected);
    assertThat(parsed.get("title").asText()).isEqualTo("x " + text + " x");
  }

  @Test
  void hostileFieldNamesAndValuesOfAnyTreeAreEscaped() throws Exception {
    ObjectNode tree = MAPPER.createObjectNode();
    for (String text : HostileStrings.ALL) {
      tree.put(text, text);
      tree.putArray("list " + text).add(text);
    }

    assertThat(embedAndExtract(JsonLdScript.element(tree))).isEqualTo(tree);
  }

  @Test
  void scriptContentHasNoCharacterThatHtmlReadsAsMarkup() {
    String content = JsonLdScript.scriptContent(
        JsonLdExporter.create().toTree(HostileStrings.posting(HostileStrings.EVERYTHING, true)));

    assertThat(content).doesNotContain("<", ">", "&", "\u2028", "\u2029")
        .contains("\\u003C", "\\u003E", "\\u0026", "\\u2028", "\\u2029");
  }

  private static JsonNode embedAndExtract(String element) throws Exception {
    Document page = Jsoup.parse("<!DOCTYPE html><html><head><title>t</title>" + element
        + "</head><body><p>after</p></body></html>");
    Elements scripts = page.select("script");
    assertThat(scripts).hasSize(1);
    Element script = scripts.first();
    assertThat(script.attr("type")).isEqualTo("application/ld+json");
    assertThat(page.select("img")).isEmpty();
    assertThat(page.body().text()).isEqualTo("after");
    return MAPPER.readTree(script.data());
  }
}
