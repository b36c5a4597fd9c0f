package dev.jobposting.schemaorg;

import dev.jobposting.JobPosting;
import dev.jobposting.LegalDisclosures;
import dev.jobposting.application.Application;
import dev.jobposting.benefit.Benefit;
import dev.jobposting.compensation.Compensation;
import dev.jobposting.compensation.PayRange;
import dev.jobposting.employment.Employment;
import dev.jobposting.employment.EmploymentType;
import dev.jobposting.organization.Employer;
import dev.jobposting.place.AdministrativeArea;
import dev.jobposting.place.PostalAddress;
import dev.jobposting.requirement.Requirement;
import dev.jobposting.requirement.RequirementKind;
import dev.jobposting.role.ClassificationCode;
import dev.jobposting.role.Role;
import dev.jobposting.schemaorg.internal.DescriptionHtml;
import dev.jobposting.schemaorg.internal.HtmlBlocks;
import dev.jobposting.schemaorg.internal.Texts;
import dev.jobposting.workplace.WorkMode;
import dev.jobposting.workplace.Workplace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The projection of a posting onto the fields the README's mapping table marks as mapped, in the
 * form they take after a round trip (Google's employment types, benefits without categories, and so
 * on).
 */
final class MappedFields {

  private MappedFields() {}

  static Map<String, Object> of(JobPosting p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", t(p.title()));
    m.put("language", p.language().map(l -> l.toLanguageTag()).orElse(null));
    m.put("identifiers", new TreeSet<>(p.identifiers().stream()
        .map(i -> t(i.scheme()) + "=" + t(i.value())).collect(Collectors.toList())));
    m.put("datePosted", p.datePosted().orElse(null));
    m.put("validThrough", p.validThrough().orElse(null));
    m.put("url", p.url().orElse(null));
    p.employer().ifPresent(e -> employer(m, e));
    Optional<Role> role = p.role();
    m.put("department", role.flatMap(Role::department).map(MappedFields::t).orElse(null));
    m.put("occupations", role.map(r -> new TreeSet<>(r.occupations().stream()
        .map(c -> code(c) + "|" + c.label().map(MappedFields::t).orElse("-"))
        .collect(Collectors.toList()))).orElse(new TreeSet<>()));
    m.put("industryCode", role.flatMap(Role::industry)
        .map(c -> code(c) + "|" + c.label().map(MappedFields::t).orElse("-")).orElse(null));
    Optional<Employment> e = p.employment();
    m.put("employmentTypes", e.map(x -> new TreeSet<>(x.types().stream()
        .map(EmploymentType::googleValue).collect(Collectors.toList()))).orElse(new TreeSet<>()));
    m.put("workHours", e.flatMap(Employment::workHours).map(MappedFields::t).orElse(null));
    m.put("startDate", e.flatMap(Employment::startDate).orElse(null));
    m.put("immediateStart", e.map(Employment::immediateStart).orElse(false));
    m.put("duration", e.flatMap(Employment::duration).orElse(null));
    m.put("openings", e.flatMap(Employment::openings).orElse(null));
    m.put("hoursPerWeek", e.flatMap(Employment::hoursPerWeek).orElse(null));
    p.workplace().ifPresent(w -> workplace(m, w));
    m.put("baseSalary", p.compensation().flatMap(Compensation::base)
        .filter(b -> b.period().googleUnitText().isPresent())
        .filter(b -> b.maximum().map(max -> max.amount().signum() != 0).orElse(true))
        .map(MappedFields::pay).orElse(null));
    m.put("componentTypes", p.compensation().map(c -> c.components().stream()
        .map(x -> x.type().name()).sorted().collect(Collectors.toList())).orElse(List.of()));
    m.put("responsibilities", items(p.responsibilities()));
    m.put("requirements", p.requirements().stream().flatMap(r -> requirement(r).stream()).sorted()
        .collect(Collectors.toList()));
    // Which of several requirements with the same text is the preferred one cannot be told apart.
    m.put("necessities", p.requirements().stream()
        .map(r -> t(r.text()).replaceAll("[\\s\\u00A0]+", " ") + "|" + r.necessity()).sorted()
        .collect(Collectors.toList()));
    m.put("experienceInPlaceOfEducation", p.experienceInPlaceOfEducation());
    m.put("benefits", items(p.benefits().stream().map(Benefit::text).collect(Collectors.toList())));
    Optional<Application> a = p.application();
    m.put("applyUrls", a.map(Application::urls).orElse(List.of()));
    m.put("applyEmails", a.map(Application::emails).orElse(List.of()));
    m.put("directApply", a.flatMap(Application::directApply).orElse(null));
    m.put("specialCommitments", items(p.legal().map(LegalDisclosures::specialCommitments)
        .orElse(List.of())));
    return m;
  }

  /** The description's own paragraphs and items, which the exported description starts with. */
  static List<String> descriptionTexts(JobPosting p) {
    return p.description().map(DescriptionHtml::blocks).map(MappedFields::texts).orElse(List.of());
  }

  static List<String> texts(List<HtmlBlocks.Block> blocks) {
    List<String> texts = new ArrayList<>();
    for (HtmlBlocks.Block b : blocks) {
      if (b.isList()) {
        b.items().forEach(i -> texts.add(collapse(i)));
      } else {
        texts.add(collapse(b.text()));
      }
    }
    return texts;
  }

  private static String collapse(String text) {
    return text.replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  private static void employer(Map<String, Object> m, Employer e) {
    m.put("confidential", e.confidential());
    if (e.confidential()) {
      return;
    }
    m.put("employer", t(e.name()));
    m.put("legalName", e.legalName().map(MappedFields::t).orElse(null));
    m.put("website", e.website().orElse(null));
    m.put("logo", e.logo().orElse(null));
    m.put("sameAs", e.sameAs());
    m.put("about", e.about().map(MappedFields::t).orElse(null));
    m.put("headquarters", e.headquarters().map(a -> a.withCoordinates(Optional.empty()))
        .map(MappedFields::address).orElse(null));
    m.put("headcount", e.headcount().orElse(null));
    m.put("industry", e.industry().map(MappedFields::t).orElse(null));
  }

  private static void workplace(Map<String, Object> m, Workplace w) {
    if (w.mode() != WorkMode.ON_SITE || !w.locations().isEmpty()) {
      m.put("mode", w.mode());
      m.put("onSiteDaysPerWeek", w.onSiteDaysPerWeek().orElse(null));
      m.put("locations", w.locations().stream().map(MappedFields::address)
          .collect(Collectors.toList()));
      m.put("applicantLocations", new TreeSet<>(w.applicantLocations().stream()
          .map(AdministrativeArea::toString).collect(Collectors.toList())));
    }
  }

  private static String address(PostalAddress a) {
    Function<Optional<?>, String> s = o -> o.map(Object::toString).map(MappedFields::t).orElse("-");
    return String.join("|", s.apply(a.streetAddress()), s.apply(a.locality()),
        s.apply(a.subdivision()), a.subdivision().isPresent() ? "-" : s.apply(a.region()),
        s.apply(a.postalCode()), a.country().code(),
        s.apply(a.coordinates().map(c -> c.latitude().toPlainString() + ","
            + c.longitude().toPlainString())));
  }

  private static String pay(PayRange r) {
    return r.minimum().map(Object::toString).orElse("-") + ".."
        + r.maximum().map(Object::toString).orElse("-") + "/" + r.period();
  }

  private static List<String> requirement(Requirement r) {
    RequirementKind kind = r.kind() == RequirementKind.LANGUAGE ? RequirementKind.OTHER : r.kind();
    boolean coded = r.kind() == RequirementKind.SKILL && r.code().isPresent();
    boolean object = coded || r.kind() == RequirementKind.EXPERIENCE
        || r.kind() == RequirementKind.EDUCATION || r.kind() == RequirementKind.CREDENTIAL;
    String detail = "|" + r.monthsOfExperience().map(Object::toString).orElse("-")
        + "|" + r.educationLevel().map(Enum::name).orElse("-") + "|"
        + (coded ? code(r.code().get()) : "-");
    List<String> texts = object ? Texts.plain(r.text()).map(List::of).orElse(List.of())
        : Texts.items(r.text());
    return texts.stream().map(text -> kind + "|" + text + detail).collect(Collectors.toList());
  }

  private static String code(ClassificationCode c) {
    return c.scheme() + "|" + c.schemeName().map(MappedFields::t).orElse("-") + "|"
        + c.schemeVersion().map(MappedFields::t).orElse("-") + "|" + t(c.code());
  }

  /** A text as the importer reads it back. */
  private static String t(String text) {
    return Texts.plain(text).orElse("");
  }

  private static List<String> items(List<String> texts) {
    return texts.stream().flatMap(x -> Texts.items(x).stream()).collect(Collectors.toList());
  }

}
