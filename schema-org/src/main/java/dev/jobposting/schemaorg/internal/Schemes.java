package dev.jobposting.schemaorg.internal;

import dev.jobposting.role.ClassificationScheme;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Names of classification schemes as written in {@code CategoryCodeSet} and {@code DefinedTermSet}. */
public final class Schemes {

  private static final Map<ClassificationScheme, String> NAMES = Map.of(
      ClassificationScheme.ONET_SOC, "O*NET-SOC",
      ClassificationScheme.SOC, "SOC",
      ClassificationScheme.ISCO, "ISCO",
      ClassificationScheme.ESCO, "ESCO",
      ClassificationScheme.NAICS, "NAICS",
      ClassificationScheme.ISIC, "ISIC",
      ClassificationScheme.NACE, "NACE");

  private Schemes() {}

  /**
   * The written name of a scheme.
   *
   * @param scheme a scheme other than {@link ClassificationScheme#OTHER}
   * @return its name
   */
  public static String name(ClassificationScheme scheme) {
    return NAMES.getOrDefault(scheme, scheme.name());
  }

  /**
   * Recognises a written scheme name, ignoring case and punctuation.
   *
   * @param name such as {@code O*NET-SOC} or {@code isco}
   * @return the scheme, empty when the name is not one of ours
   */
  public static Optional<ClassificationScheme> of(String name) {
    String key = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    return NAMES.entrySet().stream()
        .filter(e -> e.getValue().replaceAll("[^A-Z]", "").equals(key))
        .map(Map.Entry::getKey)
        .findFirst();
  }
}
