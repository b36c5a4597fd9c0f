package dev.jobposting.role;

/** A code list that occupations, industries or skills are classified by. */
public enum ClassificationScheme {
  /** O*NET-SOC occupations (United States). */
  ONET_SOC,
  /** The US Standard Occupational Classification. */
  SOC,
  /** The ILO's International Standard Classification of Occupations, such as ISCO-08. */
  ISCO,
  /** European Skills, Competences, Qualifications and Occupations. */
  ESCO,
  /** North American Industry Classification System. */
  NAICS,
  /** UN International Standard Industrial Classification. */
  ISIC,
  /** EU statistical classification of economic activities. */
  NACE,
  /** Another scheme, named by {@link ClassificationCode#schemeName()}. */
  OTHER
}
