package dev.jobposting.schemaorg.internal;

import dev.jobposting.compensation.CompensationComponent;
import dev.jobposting.compensation.ComponentType;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a compensation component as the text of {@code incentiveCompensation}, its kind first
 * ("Bonus: 10% of the yearly salary"), and reads such a text back into its kind. An amount is
 * written in words and read back as part of the description.
 */
final class IncentiveTexts {

  private static final String SEPARATOR = ": ";
  /** Each type's kind by ordinal, built once: every export wrote the names anew. */
  private static final String[] KINDS = new String[ComponentType.values().length];

  static {
    for (ComponentType type : ComponentType.values()) {
      KINDS[type.ordinal()] = type.name().charAt(0)
          + type.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  private IncentiveTexts() {}

  static String kind(ComponentType type) {
    return KINDS[type.ordinal()];
  }

  static String write(ComponentType type, Optional<String> details) {
    return details.map(d -> kind(type) + SEPARATOR + d).orElse(kind(type));
  }

  /**
   * Reads one text.
   *
   * @param text the text as found
   * @param path where it was found
   * @param issues where to report reading its kind
   * @return a component of the named kind, else one of kind OTHER holding the whole text
   */
  static CompensationComponent read(String text, String path, Issues issues) {
    for (ComponentType type : ComponentType.values()) {
      String kind = kind(type);
      if (type != ComponentType.OTHER && text.equals(kind)) {
        issues.normalised(path, "read '" + text + "' as the component type " + type);
        return CompensationComponent.builder().type(type).build();
      }
      if (text.startsWith(kind + SEPARATOR) && !text.substring(kind.length() + SEPARATOR.length())
          .isBlank()) {
        issues.normalised(path, "read '" + kind + SEPARATOR + "' as the component type " + type);
        return CompensationComponent.of(type,
            text.substring(kind.length() + SEPARATOR.length()).strip());
      }
    }
    return CompensationComponent.of(ComponentType.OTHER, text);
  }
}
