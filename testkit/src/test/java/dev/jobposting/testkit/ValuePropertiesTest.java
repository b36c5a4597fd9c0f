package dev.jobposting.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobposting.Identifier;
import dev.jobposting.JobPosting;
import dev.jobposting.WebAddress;
import dev.jobposting.benefit.Benefit;
import dev.jobposting.benefit.BenefitCategory;
import dev.jobposting.employment.Employment;
import dev.jobposting.employment.EmploymentType;
import dev.jobposting.organization.Employer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Value semantics of generated postings: equality, copies and isolation from builders. */
class ValuePropertiesTest {

  private static final int CASES = 1_000;

  @Test
  void rebuiltCopiesAreEqualWithEqualHashCodes() {
    PropertyCheck.forAll(CASES, posting -> {
      JobPosting viaToBuilder = posting.toBuilder().build();
      JobPosting viaFrom = JobPosting.builder().from(posting).build();

      assertThat(viaToBuilder).isEqualTo(posting).hasSameHashCodeAs(posting);
      assertThat(viaFrom).isEqualTo(posting).hasSameHashCodeAs(posting);
      assertThat(posting).isEqualTo(viaFrom);
    });
  }

  @Test
  void copiesWithAChangedAttributeDiffer() {
    PropertyCheck.forAll(CASES, posting -> {
      assertThat(posting.withTitle(posting.title() + " II")).isNotEqualTo(posting);
      assertThat(posting.withResponsibilities(extended(posting.responsibilities())))
          .isNotEqualTo(posting);
      assertThat(posting.withEmployer(otherEmployer(posting))).isNotEqualTo(posting);
      assertThat(posting.withExperienceInPlaceOfEducation(!posting.experienceInPlaceOfEducation()))
          .isNotEqualTo(posting);
    });
  }

  @Test
  void withLeavesTheOriginalUnchanged() {
    PropertyCheck.forAll(CASES, posting -> {
      JobPosting snapshot = posting.toBuilder().build();
      int hashCode = posting.hashCode();
      String newTitle = posting.title() + " II";
      List<String> newResponsibilities = extended(posting.responsibilities());
      Employer newEmployer = otherEmployer(posting);

      JobPosting retitled = posting.withTitle(newTitle);
      JobPosting reworded = posting.withResponsibilities(newResponsibilities);
      JobPosting reassigned = posting.withEmployer(newEmployer);

      assertThat(retitled.title()).isEqualTo(newTitle);
      assertThat(reworded.responsibilities()).isEqualTo(newResponsibilities);
      assertThat(reassigned.employer()).contains(newEmployer);
      assertThat(posting).isEqualTo(snapshot);
      assertThat(posting.title()).isEqualTo(snapshot.title());
      assertThat(posting.responsibilities()).isEqualTo(snapshot.responsibilities());
      assertThat(posting.employer()).isEqualTo(snapshot.employer());
      assertThat(posting.hashCode()).isEqualTo(hashCode);
    });
  }

  @Test
  void continuingABuilderAfterBuildLeavesTheBuiltValueUnchanged() {
    PropertyCheck.forAll(CASES, posting -> {
      JobPosting.Builder builder = posting.toBuilder();
      JobPosting built = builder.build();

      builder.title(posting.title() + " II")
          .addResponsibility("An added duty")
          .addIdentifier(Identifier.of("property-test", "added"))
          .addBenefit(Benefit.of(BenefitCategory.OTHER, "An added benefit"))
          .experienceInPlaceOfEducation(!posting.experienceInPlaceOfEducation());
      JobPosting continued = builder.build();

      assertThat(built).isEqualTo(posting);
      assertThat(built.responsibilities()).isEqualTo(posting.responsibilities());
      assertThat(built.identifiers()).isEqualTo(posting.identifiers());
      assertThat(built.benefits()).isEqualTo(posting.benefits());
      assertThat(continued).isNotEqualTo(built);
      assertThat(continued.responsibilities()).endsWith("An added duty");
    });
  }

  @Test
  void listsPassedInAndMutatedAfterwardsLeaveTheValueUnchanged() {
    PropertyCheck.forAll(CASES, posting -> {
      List<String> duties = new ArrayList<>(posting.responsibilities());
      List<Identifier> identifiers = new ArrayList<>(posting.identifiers());
      JobPosting built = posting.toBuilder()
          .responsibilities(duties).identifiers(identifiers).build();
      List<String> otherDuties = new ArrayList<>(posting.responsibilities());
      JobPosting copied = posting.withResponsibilities(otherDuties);

      duties.add("An injected duty");
      identifiers.clear();
      otherDuties.add(0, "An injected duty");

      assertThat(built).isEqualTo(posting);
      assertThat(built.responsibilities()).isEqualTo(posting.responsibilities());
      assertThat(built.identifiers()).isEqualTo(posting.identifiers());
      assertThat(copied).isEqualTo(posting);
    });
  }

  @Test
  void setsPassedInAndMutatedAfterwardsLeaveTheValueUnchanged() {
    PropertyCheck.forAll(CASES, posting -> {
      Employment employment = posting.employment().orElseGet(() -> Employment.builder().build());
      Set<EmploymentType> types = employment.types().isEmpty()
          ? EnumSet.noneOf(EmploymentType.class) : EnumSet.copyOf(employment.types());
      Employment built = Employment.builder().from(employment).types(types).build();

      types.add(EmploymentType.VOLUNTEER);
      types.remove(EmploymentType.FULL_TIME);

      assertThat(built).isEqualTo(employment);
      assertThat(built.types()).isEqualTo(employment.types());
    });
  }

  private static List<String> extended(List<String> texts) {
    List<String> longer = new ArrayList<>(texts);
    longer.add("A duty no generator writes");
    return longer;
  }

  private static Employer otherEmployer(JobPosting posting) {
    String name = posting.employer().map(e -> e.name() + " Holdings").orElse("Example GmbH");
    return Employer.builder().name(name).website(WebAddress.of("https://example.com")).build();
  }
}
