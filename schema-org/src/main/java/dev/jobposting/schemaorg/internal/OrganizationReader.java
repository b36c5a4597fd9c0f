package dev.jobposting.schemaorg.internal;

import static dev.jobposting.schemaorg.internal.Vocabulary.*;

import dev.jobposting.InvariantViolationException;
import dev.jobposting.organization.Employer;
import dev.jobposting.place.PostalAddress;
import java.util.Locale;
import java.util.Optional;

/** Reads {@code hiringOrganization}: an Organization, an untyped object, a reference or a name. */
final class OrganizationReader {

  private OrganizationReader() {}

  static Optional<Employer> read(Value value, Context context) {
    Optional<Obj> org = context.object(value);
    if (org.isEmpty()) {
      return context.plainText(value).map(name -> {
        context.issues().normalised(value.path(), "took the text as the employer's name");
        return employer(name);
      });
    }
    Obj obj = org.get();
    Optional<String> name = obj.one(NAME).flatMap(context::plainText);
    Optional<String> legalName = obj.one(LEGAL_NAME).flatMap(context::plainText);
    if (name.isEmpty() && legalName.isPresent()) {
      context.issues().normalised(obj.path(), "took legalName as the employer's name");
      name = legalName;
    }
    if (name.isEmpty()) {
      obj.finish();
      context.issues().dropped(obj.path(), "an employer without a name cannot be read");
      return Optional.empty();
    }
    if (isConfidential(name.get())) {
      obj.finish();
      return Optional.of(Employer.builder().name(name.get()).confidential(true).build());
    }
    Employer.Builder builder = Employer.builder().name(name.get());
    legalName.ifPresent(builder::legalName);
    obj.one(URL).flatMap(context::webAddress).ifPresent(builder::website);
    obj.one(LOGO).flatMap(context::webAddress).ifPresent(builder::logo);
    obj.all(SAME_AS).stream().map(context::webAddress).flatMap(Optional::stream).distinct()
        .forEach(builder::addSameAs);
    obj.one(DESCRIPTION).flatMap(context::plainText).ifPresent(builder::about);
    obj.one(ADDRESS).flatMap(a -> context.object(a).flatMap(o -> {
      Optional<PostalAddress> address = PlaceReader.address(o, null);
      o.finish();
      return address;
    })).ifPresent(builder::headquarters);
    obj.one(NUMBER_OF_EMPLOYEES).flatMap(v -> context.object(v)
        .flatMap(q -> {
          Optional<Integer> count = q.one(VALUE).flatMap(n -> context.integer(n, 0, Integer.MAX_VALUE));
          q.finish();
          return count;
        }).or(() -> context.integer(v, 0, Integer.MAX_VALUE)))
        .ifPresent(builder::headcount);
    obj.finish();
    try {
      return Optional.of(builder.build());
    } catch (InvariantViolationException e) {
      context.issues().dropped(obj.path(), "employer details left out: " + e.getMessage());
      return Optional.of(employer(name.get()));
    }
  }

  private static boolean isConfidential(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals(CONFIDENTIAL) || lower.equals("anonymous");
  }

  private static Employer employer(String name) {
    return Employer.builder().name(name).confidential(isConfidential(name)).build();
  }
}
