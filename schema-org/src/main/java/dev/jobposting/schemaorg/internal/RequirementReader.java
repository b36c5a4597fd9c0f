package dev.jobposting.schemaorg.internal;

import static dev.jobposting.schemaorg.internal.Vocabulary.*;

import dev.jobposting.InvariantViolationException;
import dev.jobposting.requirement.EducationLevel;
import dev.jobposting.requirement.Requirement;
import dev.jobposting.requirement.RequirementKind;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads the requirement properties into requirements of the matching kind. */
final class RequirementReader {

  private RequirementReader() {}

  static void read(Obj posting, List<Requirement> into) {
    Context context = posting.context();
    posting.all(SKILLS).forEach(v -> skill(v, context, into));
    posting.all(EXPERIENCE_REQUIREMENTS).forEach(v -> read(v, context,
        RequirementKind.EXPERIENCE, into, RequirementReader::experience));
    posting.all(EDUCATION_REQUIREMENTS).forEach(v -> read(v, context,
        RequirementKind.EDUCATION, into, RequirementReader::education));
    posting.all(QUALIFICATIONS).forEach(v -> read(v, context,
        RequirementKind.OTHER, into, RequirementReader::credential));
    texts(posting, ELIGIBILITY_TO_WORK, RequirementKind.WORK_AUTHORIZATION, into);
    texts(posting, SECURITY_CLEARANCE, RequirementKind.SECURITY_CLEARANCE, into);
    texts(posting, PHYSICAL_REQUIREMENT, RequirementKind.PHYSICAL, into);
    texts(posting, SENSORY_REQUIREMENT, RequirementKind.PHYSICAL, into);
  }

  private static void texts(Obj posting, String name, RequirementKind kind, List<Requirement> into) {
    Context context = posting.context();
    posting.all(name).forEach(v -> fromTexts(v, context, kind, into));
  }

  private static void skill(Value value, Context context, List<Requirement> into) {
    Optional<Obj> term = context.object(value);
    if (term.isEmpty()) {
      fromTexts(value, context, RequirementKind.SKILL, into);
      return;
    }
    Optional<String> name = term.get().one(NAME).flatMap(context::plainText);
    boolean coded = term.get().has(TERM_CODE) || term.get().has(CODE_VALUE);
    Requirement.Builder builder = Requirement.builder().kind(RequirementKind.SKILL);
    if (coded) {
      term.get().skip(NAME);
      Codes.read(value, context).ifPresent(builder::code);
    } else {
      term.get().finish();
    }
    name.ifPresentOrElse(n -> add(into, value, context, builder.text(n)),
        () -> context.issues().dropped(value.path(), "a skill without a name cannot be read"));
  }

  /** Reads a requirement given as text (one per item) or as an object of the property's type. */
  private static void read(Value value, Context context, RequirementKind kind,
      List<Requirement> into, Function<Obj, Optional<Requirement.Builder>> fromObject) {
    Optional<Obj> obj = context.object(value);
    if (obj.isEmpty()) {
      fromTexts(value, context, kind, into);
      return;
    }
    Optional<Requirement.Builder> builder = fromObject.apply(obj.get());
    obj.get().finish();
    builder.ifPresent(b -> add(into, value, context, b));
  }

  private static Optional<Requirement.Builder> experience(Obj o) {
    Context context = o.context();
    Optional<Integer> months = o.one(MONTHS_OF_EXPERIENCE)
        .flatMap(v -> context.integer(v, 0, 1200));
    Optional<String> text = words(o);
    String words = text.orElseGet(() -> months.map(m -> m + " months of experience").orElse(null));
    if (words == null) {
      context.issues().dropped(o.path(), "an experience requirement without text or months");
      return Optional.empty();
    }
    if (text.isEmpty()) {
      context.issues().normalised(o.path(), "wrote the text '" + words + "' for the months");
    }
    Requirement.Builder builder = Requirement.builder().kind(RequirementKind.EXPERIENCE).text(words);
    months.ifPresent(builder::monthsOfExperience);
    return Optional.of(builder);
  }

  private static Optional<Requirement.Builder> education(Obj o) {
    Context context = o.context();
    Optional<EducationLevel> level = o.one(EDUCATIONAL_LEVEL).flatMap(context::text)
        .flatMap(EducationLevels::of);
    Optional<Value> categoryValue = o.one(CREDENTIAL_CATEGORY);
    Optional<String> category = categoryValue.flatMap(context::text);
    if (level.isEmpty() && category.isPresent()) {
      level = EducationLevels.of(category.get());
      if (level.isEmpty()) {
        context.issues().dropped(categoryValue.get().path(), categoryValue.get().shown()
            + " is none of Google's credential categories");
      }
    }
    Optional<String> words = words(o).or(() -> category);
    if (words.isEmpty()) {
      context.issues().dropped(o.path(), "an education requirement without text or category");
      return Optional.empty();
    }
    Requirement.Builder builder = Requirement.builder().kind(RequirementKind.EDUCATION)
        .text(words.get());
    level.ifPresent(builder::educationLevel);
    return Optional.of(builder);
  }

  private static Optional<Requirement.Builder> credential(Obj o) {
    Optional<String> text = words(o)
        .or(() -> o.one(CREDENTIAL_CATEGORY).flatMap(o.context()::plainText));
    if (text.isEmpty()) {
      o.context().issues().dropped(o.path(), "a credential without a name or category");
    }
    return text.map(t -> Requirement.builder().kind(RequirementKind.CREDENTIAL).text(t));
  }

  /** Adds one requirement of the kind for each text of a text-valued property. */
  private static void fromTexts(Value value, Context context, RequirementKind kind,
      List<Requirement> into) {
    for (String text : context.plainTexts(value)) {
      if (isNone(text, value, context)) {
        continue;
      }
      Requirement.Builder builder = Requirement.builder().kind(kind).text(text);
      if (kind == RequirementKind.EDUCATION) {
        EducationLevels.of(text).ifPresent(builder::educationLevel);
      }
      add(into, value, context, builder);
    }
  }

  /** The text of a requirement object: its description, or else its name. */
  private static Optional<String> words(Obj o) {
    return o.one(DESCRIPTION).or(() -> o.one(NAME)).flatMap(o.context()::plainText);
  }

  private static boolean isNone(String text, Value value, Context context) {
    boolean none = text.equalsIgnoreCase("none") || text.equalsIgnoreCase("n/a");
    if (none) {
      context.issues().dropped(value.path(), value.shown() + " states no requirement");
    }
    return none;
  }

  private static void add(List<Requirement> into, Value value, Context context,
      Requirement.Builder builder) {
    try {
      into.add(builder.build());
    } catch (InvariantViolationException e) {
      context.issues().dropped(value.path(), "requirement left out: " + e.getMessage());
    }
  }
}
