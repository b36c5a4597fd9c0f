package dev.jobposting.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.jobposting.JobPosting;
import dev.jobposting.benefit.Benefit;
import dev.jobposting.benefit.BenefitCategory;
import dev.jobposting.compensation.Compensation;
import dev.jobposting.compensation.CompensationComponent;
import dev.jobposting.compensation.ComponentType;
import dev.jobposting.compensation.Money;
import dev.jobposting.compensation.PayPeriod;
import dev.jobposting.place.AdministrativeArea;
import dev.jobposting.requirement.Necessity;
import dev.jobposting.requirement.Requirement;
import dev.jobposting.requirement.RequirementKind;
import dev.jobposting.role.Seniority;
import dev.jobposting.workplace.Travel;
import dev.jobposting.workplace.WorkMode;
import dev.jobposting.workplace.Workplace;
import java.time.Period;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SamplePostingsTest {

  @Nested
  class Reference {

    private final JobPosting posting = SamplePostings.reference();

    @Test
    void titleEmployerAndTeam() {
      assertThat(posting.title()).isEqualTo("Linux Server Software Engineering Manager");
      assertThat(posting.employer().orElseThrow().name()).isEqualTo("Canonical");
      assertThat(posting.employer().orElseThrow().about()).hasValueSatisfying(about ->
          assertThat(about).contains("Ubuntu", "2004"));
      assertThat(posting.role().orElseThrow().department()).hasValue("Partner Engineering");
      assertThat(posting.role().orElseThrow().seniority()).hasValue(Seniority.MANAGER);
    }

    @Test
    void fullyRemoteOpenWorldwideWithOccasionalTravel() {
      Workplace workplace = posting.workplace().orElseThrow();
      assertThat(workplace.mode()).isEqualTo(WorkMode.REMOTE);
      assertThat(workplace.applicantLocations()).containsExactly(AdministrativeArea.worldwide());
      assertThat(workplace.isOpenWorldwide()).isTrue();
      Travel travel = workplace.travel().orElseThrow();
      assertThat(travel.tripsPerYear()).hasValue(2);
      assertThat(travel.tripLength()).hasValue(Period.ofWeeks(2));
    }

    @Test
    void sixResponsibilities() {
      assertThat(posting.responsibilities()).hasSize(6);
      assertThat(posting.responsibilities().get(0)).contains("distributed engineers");
      assertThat(posting.responsibilities().get(1)).contains("commercial partners");
      assertThat(posting.responsibilities().get(2)).contains("coaching", "mentoring");
      assertThat(posting.responsibilities().get(3)).contains("milestones");
      assertThat(posting.responsibilities().get(4)).contains("quality", "reliability");
      assertThat(posting.responsibilities().get(5)).contains("roadmaps");
    }

    @Test
    void requirementsWithKindNecessityAndAlternatives() {
      assertThat(posting.requirements())
          .extracting(Requirement::kind, Requirement::necessity)
          .containsExactly(
              tuple(RequirementKind.EXPERIENCE, Necessity.REQUIRED),
              tuple(RequirementKind.EXPERIENCE, Necessity.PREFERRED),
              tuple(RequirementKind.SKILL, Necessity.REQUIRED),
              tuple(RequirementKind.EXPERIENCE, Necessity.REQUIRED),
              tuple(RequirementKind.EXPERIENCE, Necessity.REQUIRED),
              tuple(RequirementKind.EXPERIENCE, Necessity.REQUIRED),
              tuple(RequirementKind.SKILL, Necessity.REQUIRED));
      assertThat(posting.requirements().get(0).text()).contains("Linux");
      assertThat(posting.requirements().get(1).alternatives()).containsExactly("Ubuntu", "Debian");
      assertThat(posting.requirements().get(2).text()).contains("C/C++", "Python");
      assertThat(posting.requirements().get(3).alternatives()).containsExactly(
          "Ubuntu kernel and userspace", "deb and snap packaging", "Embedded Linux", "QEMU/KVM",
          "OVS/OVN");
      assertThat(posting.requirements().get(4).text()).contains("Customer-facing");
      assertThat(posting.requirements().get(5).text()).contains("Managing software engineers");
      assertThat(posting.requirements().get(6).text()).contains("across internal teams");
    }

    @Test
    void benefitsWithCategories() {
      assertThat(posting.benefits()).extracting(Benefit::category).containsExactly(
          BenefitCategory.REMOTE_WORK, BenefitCategory.LEARNING, BenefitCategory.PAY_REVIEW,
          BenefitCategory.RECOGNITION, BenefitCategory.PAID_TIME_OFF,
          BenefitCategory.PARENTAL_LEAVE, BenefitCategory.WELLBEING, BenefitCategory.TRAVEL,
          BenefitCategory.TRAVEL);
      Benefit learning = posting.benefits().get(1);
      assertThat(learning.value()).hasValue(Money.of("2000", "USD"));
      assertThat(learning.period()).hasValue(PayPeriod.YEAR);
      assertThat(posting.benefits().get(6).text()).contains("assistance programme");
      assertThat(posting.benefits().get(7).text()).contains("sprints");
      assertThat(posting.benefits().get(8).text()).contains("Priority Pass", "long-haul");
    }

    @Test
    void payNotesWithoutAPayRange() {
      Compensation pay = posting.compensation().orElseThrow();
      assertThat(pay.base()).isEmpty();
      assertThat(pay.notes()).singleElement().asString()
          .contains("location", "experience", "knowledge", "skills");
      assertThat(pay.components()).extracting(CompensationComponent::type)
          .containsExactly(ComponentType.BONUS, ComponentType.COMMISSION);
      assertThat(pay.components().get(1).description()).hasValueSatisfying(d ->
          assertThat(d).contains("sales incentives"));
    }

    @Test
    void equalOpportunityApplyAndNoPostingDate() {
      assertThat(posting.legal().orElseThrow().equalOpportunityStatement())
          .hasValueSatisfying(s -> assertThat(s).contains("equal opportunity employer"));
      assertThat(posting.application().orElseThrow().urls())
          .containsExactly(SamplePostings.REFERENCE_APPLY_URL);
      assertThat(posting.datePosted()).isEmpty();
    }
  }

  @Test
  void allNamesEverySampleInOrderAndCannotBeChanged() {
    Map<String, JobPosting> all = SamplePostings.all();

    assertThat(all).containsExactly(Map.entry("minimal", SamplePostings.minimal()),
        Map.entry("full", SamplePostings.full()),
        Map.entry("reference", SamplePostings.reference()));
    assertThatThrownBy(() -> all.remove("full"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void minimalHasOnlyATitle() {
    JobPosting minimal = SamplePostings.minimal();
    assertThat(minimal.title()).isNotBlank();
    assertThat(minimal).isEqualTo(JobPosting.builder().title(minimal.title()).build());
  }

  /**
   * Every attribute of every nested type is set in at least one of its values within full(),
   * except applicant locations: they belong to remote work, and full() is hybrid (reference() is
   * remote).
   */
  @Test
  void fullSetsEveryAttributeOfEveryNestedType() {
    Map<String, Boolean> set = new TreeMap<>();
    ModelWalker.walk(SamplePostings.full(), (type, attribute, value) -> {
      boolean present = value instanceof Optional ? ((Optional<?>) value).isPresent()
          : !(value instanceof Collection) || !((Collection<?>) value).isEmpty();
      set.merge(type + "." + attribute, present, Boolean::logicalOr);
    });
    set.remove("Workplace.applicantLocations");
    assertThat(set).hasSizeGreaterThan(90).doesNotContainValue(false);
  }
}
