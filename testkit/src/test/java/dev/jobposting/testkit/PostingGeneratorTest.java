package dev.jobposting.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobposting.JobPosting;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PostingGeneratorTest {

  private static final int POSTINGS = 10_000;

  @Test
  void sameSeedGivesSamePostings() {
    PostingGenerator first = PostingGenerator.withSeed(7);
    PostingGenerator second = PostingGenerator.withSeed(7);
    for (int i = 0; i < 100; i++) {
      assertThat(second.next()).isEqualTo(first.next());
    }
  }

  @Test
  void differentSeedsGiveDifferentPostings() {
    assertThat(PostingGenerator.withSeed(1).next()).isNotEqualTo(PostingGenerator.withSeed(2).next());
  }

  /**
   * Over 10,000 postings every optional attribute is seen present and absent, every collection
   * empty and not, every flag true and false, and every enum constant at least once. Building them
   * at all shows that none breaks an invariant.
   */
  @Test
  void coversEveryAttributeStateAndEveryEnumConstant() {
    Map<String, Set<String>> states = new TreeMap<>();
    Map<Class<?>, Set<Object>> constants = new TreeMap<>((a, b) -> a.getName().compareTo(b.getName()));
    PostingGenerator generator = PostingGenerator.withSeed(PropertyCheck.baseSeed());
    for (int i = 0; i < POSTINGS; i++) {
      JobPosting posting = generator.next();
      ModelWalker.walk(posting, (type, attribute, value) -> {
        String state = state(value);
        if (state != null) {
          states.computeIfAbsent(type + "." + attribute, k -> new TreeSet<>()).add(state);
        }
        enums(value).forEach(e -> constants.computeIfAbsent(e.getDeclaringClass(), k -> new java.util.HashSet<>()).add(e));
      });
    }

    Map<String, Set<String>> incomplete = states.entrySet().stream()
        .filter(e -> e.getValue().size() < 2)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    assertThat(incomplete).as("attributes seen in one state only").isEmpty();
    assertThat(states).containsKeys("JobPosting.datePosted", "Workplace.applicantLocations",
        "Travel.tripLength", "Employer.regionalHeadcounts", "Requirement.languageLevel");

    Map<String, Set<String>> missingConstants = new TreeMap<>();
    constants.forEach((type, seen) -> {
      Set<String> missing = Arrays.stream(type.getEnumConstants())
          .filter(c -> !seen.contains(c)).map(Object::toString)
          .collect(Collectors.toCollection(TreeSet::new));
      if (!missing.isEmpty()) {
        missingConstants.put(type.getSimpleName(), missing);
      }
    });
    assertThat(missingConstants).as("enum constants never generated").isEmpty();
    assertThat(constants.keySet()).extracting(Class::getSimpleName).contains("EmploymentType",
        "BenefitCategory", "RequirementKind", "PayPeriod", "WorkMode", "Seniority",
        "EducationLevel", "LanguageLevel", "ComponentType", "PayBasis", "ClassificationScheme",
        "PostingPartyRole", "Necessity", "TextFormat");
  }

  private static String state(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).isPresent() ? "present" : "absent";
    }
    if (value instanceof Collection) {
      return ((Collection<?>) value).isEmpty() ? "empty" : "non-empty";
    }
    if (value instanceof Boolean) {
      return value.toString();
    }
    return null;
  }

  private static Collection<Enum<?>> enums(Object value) {
    Collection<?> values = value instanceof Optional
        ? ((Optional<?>) value).stream().collect(Collectors.toList())
        : value instanceof Collection ? (Collection<?>) value : java.util.List.of(value);
    return values.stream().filter(v -> v instanceof Enum).map(v -> (Enum<?>) v)
        .collect(Collectors.toList());
  }
}
