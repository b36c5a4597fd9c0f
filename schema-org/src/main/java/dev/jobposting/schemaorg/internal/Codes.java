package dev.jobposting.schemaorg.internal;

import static dev.jobposting.schemaorg.internal.Vocabulary.*;

import dev.jobposting.InvariantViolationException;
import dev.jobposting.role.ClassificationCode;
import dev.jobposting.role.ClassificationScheme;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads classification codes: {@code CategoryCode} and {@code DefinedTerm} objects with their set,
 * and O*NET-SOC codes written as text, which schema.org says a bare occupationalCategory is.
 */
final class Codes {

  private static final Pattern ONET = Pattern.compile("(\\d{2}-\\d{4}(?:\\.\\d{2})?)\\s*[-:]?\\s*(.*)");

  private Codes() {}

  /** A code from an object; its label is {@code name}. */
  static Optional<ClassificationCode> read(Value value, Context context) {
    Optional<Obj> obj = context.object(value);
    if (obj.isEmpty()) {
      return context.text(value).flatMap(t -> onet(value, t, context));
    }
    Obj o = obj.get();
    Optional<String> code = o.one(CODE_VALUE).or(() -> o.one(TERM_CODE)).flatMap(context::plainText);
    Optional<String> label = o.one(NAME).flatMap(context::plainText);
    Optional<Value> set = o.one(IN_CODE_SET).or(() -> o.one(IN_DEFINED_TERM_SET));
    String schemeName = null;
    String alternateName = null;
    String version = null;
    if (set.isPresent()) {
      Optional<Obj> setObj = context.object(set.get());
      if (setObj.isPresent()) {
        schemeName = setObj.get().one(NAME).flatMap(context::plainText).orElse(null);
        alternateName = setObj.get().one(ALTERNATE_NAME).flatMap(context::plainText).orElse(null);
        version = setObj.get().one(VERSION).flatMap(context::plainText).orElse(null);
        setObj.get().finish();
      } else {
        schemeName = context.plainText(set.get()).orElse(null);
      }
    }
    o.finish();
    if (code.isEmpty()) {
      return label.flatMap(l -> onet(value, l, context)).or(() -> {
        context.issues().dropped(value.path(), "a code needs codeValue or termCode");
        return Optional.empty();
      });
    }
    if (schemeName == null) {
      return onet(value, code.get() + label.map(l -> " " + l).orElse(""), context).or(() -> {
        context.issues().dropped(value.path(), "a code without its code set cannot be read");
        return Optional.empty();
      });
    }
    Optional<ClassificationScheme> scheme = Schemes.of(schemeName);
    ClassificationCode.Builder builder = ClassificationCode.builder()
        .scheme(scheme.orElse(ClassificationScheme.OTHER)).code(code.get());
    if (scheme.isEmpty()) {
      builder.schemeName(schemeName);
      if (alternateName != null) {
        context.issues().dropped(set.get().path() + "." + ALTERNATE_NAME,
            "alternateName of an unknown code set left out");
      }
    } else if (alternateName != null) {
      builder.schemeName(alternateName);
    }
    label.ifPresent(builder::label);
    if (version != null) {
      builder.schemeVersion(version);
    }
    try {
      return Optional.of(builder.build());
    } catch (InvariantViolationException e) {
      context.issues().dropped(value.path(), e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<ClassificationCode> onet(Value value, String text, Context context) {
    Matcher m = ONET.matcher(text.strip());
    if (!m.matches()) {
      context.issues().dropped(value.path(), value.shown() + " is no code of a known scheme");
      return Optional.empty();
    }
    context.issues().guessed(value.path(), "read " + value.shown() + " as an O*NET-SOC code");
    ClassificationCode.Builder builder = ClassificationCode.builder()
        .scheme(ClassificationScheme.ONET_SOC).code(m.group(1));
    if (!m.group(2).isBlank()) {
      builder.label(m.group(2).strip());
    }
    return Optional.of(builder.build());
  }
}
