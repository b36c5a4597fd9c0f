package dev.jobposting.schemaorg.internal;

import static dev.jobposting.schemaorg.internal.Vocabulary.*;

import dev.jobposting.Identifier;
import dev.jobposting.InvariantViolationException;
import dev.jobposting.JobPosting;
import dev.jobposting.LegalDisclosures;
import dev.jobposting.RichText;
import dev.jobposting.WebAddress;
import dev.jobposting.application.Application;
import dev.jobposting.benefit.Benefit;
import dev.jobposting.benefit.BenefitCategory;
import dev.jobposting.compensation.Compensation;
import dev.jobposting.compensation.CompensationComponent;
import dev.jobposting.compensation.PayRange;
import dev.jobposting.organization.Employer;
import dev.jobposting.requirement.Requirement;
import dev.jobposting.role.ClassificationCode;
import dev.jobposting.role.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads one schema.org {@code JobPosting} object into a posting, reporting every change. */
final class PostingReader {

  private final Obj posting;
  private final Context context;
  private final Issues issues;

  private PostingReader(Obj posting) {
    this.posting = posting;
    this.context = posting.context();
    this.issues = context.issues();
  }

  static Optional<JobPosting> read(Obj posting) {
    return new PostingReader(posting).read();
  }

  private Optional<JobPosting> read() {
    Optional<String> title = title();
    if (title.isEmpty()) {
      issues.dropped(posting.path(), "posting left out: it has neither a title nor a name");
      return Optional.empty();
    }
    JobPosting.Builder builder = JobPosting.builder().title(title.get());
    posting.one(DESCRIPTION).flatMap(this::description).ifPresent(builder::description);
    identifiers().forEach(builder::addIdentifier);
    Optional<LocalDate> posted = posting.one(DATE_POSTED).flatMap(v -> Dates.read(v, context));
    posted.ifPresent(builder::datePosted);
    posting.one(VALID_THROUGH).flatMap(v -> Dates.read(v, context).filter(d -> {
      boolean ordered = posted.isEmpty() || !d.isBefore(posted.get());
      if (!ordered) {
        issues.dropped(v.path(), "validThrough " + d + " is before datePosted " + posted.get());
      }
      return ordered;
    })).ifPresent(builder::validThrough);
    Optional<Employer> employer = employer();
    employer.ifPresent(builder::employer);
    role(industry(builder, employer)).ifPresent(builder::role);
    EmploymentReader.read(posting).ifPresent(builder::employment);
    WorkplaceReader.read(posting).ifPresent(builder::workplace);
    compensation().ifPresent(builder::compensation);
    context.plainTexts(posting.all(RESPONSIBILITIES)).forEach(builder::addResponsibility);
    List<Requirement> requirements = new ArrayList<>();
    RequirementReader.read(posting, requirements);
    builder.addAllRequirements(requirements);
    posting.one(EXPERIENCE_IN_PLACE_OF_EDUCATION).flatMap(context::bool)
        .ifPresent(builder::experienceInPlaceOfEducation);
    context.plainTexts(superseded(JOB_BENEFITS, BENEFITS))
        .forEach(t -> builder.addBenefit(Benefit.of(BenefitCategory.OTHER, t)));
    application().ifPresent(builder::application);
    List<String> commitments = context.plainTexts(posting.all(SPECIAL_COMMITMENTS));
    if (!commitments.isEmpty()) {
      builder.legal(LegalDisclosures.builder().addAllSpecialCommitments(commitments).build());
    }
    posting.one(IN_LANGUAGE).flatMap(this::language).ifPresent(builder::language);
    posting.one(URL).flatMap(context::webAddress).ifPresent(builder::url);
    posting.finish();
    try {
      return Optional.of(DescriptionTrailer.strip(builder.build(),
          posting.path() + "." + DESCRIPTION, issues));
    } catch (InvariantViolationException e) {
      issues.dropped(posting.path(), "posting left out: " + e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<String> title() {
    Optional<String> title = posting.one(TITLE).flatMap(context::plainText);
    Optional<Value> name = posting.one(NAME);
    if (title.isPresent()) {
      name.ifPresent(n -> context.plainText(n).filter(t -> !t.equals(title.get()))
          .ifPresent(t -> issues.dropped(n.path(), "name beside the title left out")));
      return title;
    }
    Optional<String> fromName = name.flatMap(context::plainText);
    fromName.ifPresent(t -> issues.normalised(name.get().path(), "took name as the title"));
    return fromName;
  }

  private Optional<RichText> description(Value value) {
    return context.text(value).flatMap(text -> {
      String unwrapped = Texts.unwrapHtml(text);
      if (HtmlBlocks.hasTags(unwrapped)) {
        if (!unwrapped.equals(text)) {
          issues.normalised(value.path(), "decoded entity-encoded HTML");
        }
        return Optional.of(RichText.html(unwrapped));
      }
      String decoded = Texts.decode(text);
      if (!decoded.equals(text)) {
        issues.normalised(value.path(), "decoded HTML character references");
      }
      return decoded.isBlank() ? Optional.empty() : Optional.of(RichText.plain(decoded));
    });
  }

  private List<Identifier> identifiers() {
    List<Identifier> identifiers = new ArrayList<>();
    Set<String> schemes = new HashSet<>();
    for (Value value : posting.all(IDENTIFIER)) {
      Optional<Obj> obj = context.object(value);
      Optional<String> scheme;
      Optional<String> id;
      if (obj.isPresent()) {
        Optional<String> propertyId = obj.get().one(PROPERTY_ID).flatMap(context::plainText);
        Optional<String> name = obj.get().one(NAME).flatMap(context::plainText);
        id = obj.get().one(VALUE).flatMap(context::plainText);
        obj.get().finish();
        scheme = propertyId.or(() -> name);
        if (scheme.isEmpty()) {
          issues.normalised(value.path(), "identifier without propertyID or name given the scheme 'identifier'");
        }
      } else {
        id = context.plainText(value);
        scheme = Optional.empty();
        id.ifPresent(i -> issues.normalised(value.path(), "plain identifier given the scheme 'identifier'"));
      }
      if (id.isEmpty()) {
        issues.dropped(value.path(), "identifier without a value left out");
        continue;
      }
      String s = scheme.orElse(IDENTIFIER);
      if (!schemes.add(s)) {
        issues.dropped(value.path(), "a second identifier of scheme '" + s + "' left out");
        continue;
      }
      identifiers.add(Identifier.of(s, id.get()));
    }
    return identifiers;
  }

  private Optional<Employer> employer() {
    Optional<Employer> employer = posting.one(HIRING_ORGANIZATION)
        .flatMap(v -> OrganizationReader.read(v, context));
    Optional<Value> overview = posting.one(EMPLOYER_OVERVIEW);
    if (employer.isEmpty()) {
      overview.ifPresent(v -> issues.dropped(v.path(), "employerOverview without an employer left out"));
      return employer;
    }
    Employer found = employer.get();
    if (overview.isPresent()) {
      Optional<String> about = overview.flatMap(context::plainText);
      if (found.about().isEmpty() && about.isPresent() && !found.confidential()) {
        found = found.withAbout(about.get());
      } else if (about.isPresent()) {
        issues.dropped(overview.get().path(), "employerOverview beside the employer's description left out");
      }
    }
    return Optional.of(found);
  }

  private Optional<Role> role(Optional<ClassificationCode> industry) {
    Role.Builder role = Role.builder();
    boolean any = industry.isPresent();
    industry.ifPresent(role::industry);
    Optional<String> department = posting.one(EMPLOYMENT_UNIT).flatMap(v -> context.object(v)
        .map(unit -> {
          Optional<String> name = unit.one(NAME).flatMap(context::plainText);
          unit.finish();
          return name;
        }).orElseGet(() -> context.plainText(v)));
    if (department.isPresent()) {
      role.department(department.get());
      any = true;
    }
    Set<ClassificationCode> occupations = new HashSet<>();
    for (Value v : posting.all(OCCUPATIONAL_CATEGORY)) {
      Optional<ClassificationCode> code = Codes.read(v, context);
      if (code.isPresent() && occupations.add(code.get())) {
        role.addOccupation(code.get());
        any = true;
      }
    }
    return any ? Optional.of(role.build()) : Optional.empty();
  }

  /** Reads {@code industry}: a code becomes the role's industry, a text the employer's. */
  private Optional<ClassificationCode> industry(JobPosting.Builder builder,
      Optional<Employer> employer) {
    Optional<ClassificationCode> code = Optional.empty();
    boolean textTaken = false;
    for (Value v : posting.all(INDUSTRY)) {
      if (context.object(v).isPresent()) {
        Optional<ClassificationCode> read = Codes.read(v, context);
        if (code.isEmpty()) {
          code = read;
        } else if (read.isPresent()) {
          issues.dropped(v.path(), "a second industry code left out");
        }
        continue;
      }
      Optional<String> text = context.plainText(v);
      if (text.isEmpty()) {
        continue;
      }
      if (textTaken) {
        issues.dropped(v.path(), "a second industry text left out");
      } else if (employer.isEmpty() || employer.get().confidential()) {
        issues.dropped(v.path(), "an industry in words belongs to a named employer; there is none");
      } else {
        builder.employer(employer.get().withIndustry(text.get()));
        textTaken = true;
      }
    }
    return code;
  }

  private Optional<Compensation> compensation() {
    Optional<String> currency = posting.one(SALARY_CURRENCY).flatMap(context::text);
    Optional<PayRange> base = posting.one(BASE_SALARY)
        .flatMap(v -> SalaryReader.read(v, currency, context));
    List<CompensationComponent> components = new ArrayList<>();
    for (Value value : superseded(INCENTIVE_COMPENSATION, INCENTIVES)) {
      for (String text : context.plainTexts(value)) {
        components.add(IncentiveTexts.read(text, value.path(), issues));
      }
    }
    if (base.isEmpty() && components.isEmpty()) {
      return Optional.empty();
    }
    Compensation.Builder builder = Compensation.builder().addAllComponents(components);
    base.ifPresent(builder::base);
    return Optional.of(builder.build());
  }

  private Optional<Application> application() {
    Application.Builder builder = Application.builder();
    boolean any = false;
    Optional<Boolean> direct = posting.one(DIRECT_APPLY).flatMap(context::bool);
    if (direct.isPresent()) {
      builder.directApply(direct.get());
      any = true;
    }
    Set<WebAddress> urls = new HashSet<>();
    for (Value v : posting.all(APPLICATION_CONTACT)) {
      Optional<Obj> contact = context.object(v);
      if (contact.isEmpty()) {
        issues.dropped(v.path(), "expected a ContactPoint, found " + v.shown());
        continue;
      }
      contact.get().skip(CONTACT_TYPE);
      Optional<WebAddress> url = contact.get().one(URL).flatMap(context::webAddress);
      Optional<Value> emailValue = contact.get().one(EMAIL);
      Optional<String> email = emailValue.flatMap(context::text)
          .map(e -> e.regionMatches(true, 0, "mailto:", 0, 7) ? e.substring(7) : e);
      contact.get().finish();
      if (url.isPresent() && urls.add(url.get())) {
        builder.addUrl(url.get());
        any = true;
      }
      if (email.isPresent() && isEmail(email.get(), emailValue.get())) {
        builder.addEmail(email.get());
        any = true;
      }
    }
    return any ? Optional.of(builder.build()) : Optional.empty();
  }

  private boolean isEmail(String email, Value value) {
    try {
      Application.builder().addEmail(email).build();
      return true;
    } catch (InvariantViolationException e) {
      issues.dropped(value.path(), e.problem());
      return false;
    }
  }

  private Optional<Locale> language(Value value) {
    return context.text(value).flatMap(tag -> {
      Locale locale = Locale.forLanguageTag(tag.replace('_', '-'));
      if (locale.getLanguage().isEmpty()) {
        issues.dropped(value.path(), value.shown() + " is no BCP 47 language tag");
        return Optional.empty();
      }
      try {
        JobPosting.builder().title("probe").language(locale).build();
      } catch (InvariantViolationException e) {
        issues.dropped(value.path(), e.problem());
        return Optional.empty();
      }
      if (!locale.toLanguageTag().equals(tag)) {
        issues.normalised(value.path(), "read " + value.shown() + " as " + locale.toLanguageTag());
      }
      return Optional.of(locale);
    });
  }

  private List<Value> superseded(String current, String old) {
    List<Value> values = new ArrayList<>(posting.all(current));
    for (Value v : posting.all(old)) {
      issues.normalised(v.path(), "read superseded '" + old + "' as '" + current + "'");
      values.add(v);
    }
    return values;
  }
}
