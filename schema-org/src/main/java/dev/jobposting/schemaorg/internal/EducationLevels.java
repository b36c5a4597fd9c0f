package dev.jobposting.schemaorg.internal;

import dev.jobposting.requirement.EducationLevel;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Education levels as written in {@code educationalLevel} (one word per level, so the level
 * survives a round trip) and read back from that or from Google's {@code credentialCategory}.
 */
public final class EducationLevels {

  private static final Map<String, EducationLevel> WORDS = new LinkedHashMap<>();

  static {
    for (EducationLevel level : EducationLevel.values()) {
      WORDS.put(label(level), level);
    }
    WORDS.put("high school", EducationLevel.HIGH_SCHOOL);
    WORDS.put("professional certificate", EducationLevel.PROFESSIONAL_CERTIFICATE);
    WORDS.put("certificate", EducationLevel.PROFESSIONAL_CERTIFICATE);
    WORDS.put("associate degree", EducationLevel.ASSOCIATE_DEGREE);
    WORDS.put("bachelor degree", EducationLevel.BACHELOR_DEGREE);
    WORDS.put("bachelors degree", EducationLevel.BACHELOR_DEGREE);
    WORDS.put("bachelor", EducationLevel.BACHELOR_DEGREE);
    WORDS.put("postgraduate degree", EducationLevel.MASTER_DEGREE);
    WORDS.put("masters degree", EducationLevel.MASTER_DEGREE);
    WORDS.put("master", EducationLevel.MASTER_DEGREE);
    WORDS.put("phd", EducationLevel.DOCTORATE);
  }

  private EducationLevels() {}

  /**
   * The word written for a level, such as {@code master degree}.
   *
   * @param level the level
   * @return its name in lower case with spaces
   */
  public static String label(EducationLevel level) {
    return level.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Recognises a level.
   *
   * @param text such as {@code bachelor degree} or {@code Postgraduate Degree}
   * @return the level, empty when not recognised
   */
  public static Optional<EducationLevel> of(String text) {
    String key = Normalizer.normalize(text, Normalizer.Form.NFKD)
        .toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^a-z]+", " ").strip();
    return Optional.ofNullable(WORDS.get(key));
  }
}
