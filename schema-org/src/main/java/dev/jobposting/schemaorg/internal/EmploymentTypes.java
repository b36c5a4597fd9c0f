package dev.jobposting.schemaorg.internal;

import dev.jobposting.employment.EmploymentType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises employment types written as Google's values or as free text in English, German,
 * French, Spanish, Portuguese, Italian, Dutch and Japanese (and a few more). Words that name a
 * contract rather than working time ("CDI", "正社員", "permanent") are marked as guesses.
 */
final class EmploymentTypes {

  /** A recognised type and whether taking it was a guess. */
  record Match(EmploymentType type, boolean guessed) {}

  private static final Map<String, Match> WORDS = new HashMap<>();

  static {
    sure(EmploymentType.FULL_TIME, "full time", "fulltime", "full time employment", "vollzeit",
        "temps plein", "temps complet", "plein temps", "tiempo completo", "jornada completa",
        "tempo integral", "periodo integral", "tempo pieno", "voltijd", "fulltime baan",
        "フルタイム", "常勤", "全职", "全職", "정규직", "heltid", "toan thoi gian", "pelny etat");
    guess(EmploymentType.FULL_TIME, "permanent", "regular", "standard", "festanstellung",
        "unbefristet", "cdi", "indefinido", "contrato indefinido", "clt", "efetivo",
        "tempo indeterminato", "vast", "vaste baan", "正社員", "正職員");
    sure(EmploymentType.PART_TIME, "part time", "parttime", "teilzeit", "temps partiel",
        "mi temps", "tiempo parcial", "media jornada", "meio periodo", "tempo parcial",
        "tempo parziale", "part time job", "deeltijd", "パート", "パートタイム", "アルバイト",
        "非常勤", "兼职", "兼職", "파트타임", "아르바이트", "deltid", "ban thoi gian", "minijob");
    sure(EmploymentType.CONTRACTOR, "contractor", "contract", "freelance", "freelancer",
        "freiberuflich", "freie mitarbeit", "selbststandig", "independant", "autonomo",
        "contratista", "prestador de servicos", "pj", "libero professionista", "partita iva",
        "zzp", "zzper", "業務委託", "フリーランス", "자유계약");
    sure(EmploymentType.CONTRACT_TO_HIRE, "contract to hire", "temp to perm", "temp to hire");
    sure(EmploymentType.TEMPORARY, "temporary", "temp", "fixed term", "befristet", "zeitarbeit",
        "cdd", "interim", "temporal", "temporario", "tempo determinato", "tijdelijk", "派遣",
        "契約社員", "临时", "계약직");
    sure(EmploymentType.INTERN, "intern", "internship", "praktikum", "praktikant", "werkstudent",
        "stage", "stagiaire", "practicas", "becario", "pasantia", "estagio", "tirocinio",
        "stagiair", "インターン", "インターンシップ", "实习", "인턴");
    sure(EmploymentType.APPRENTICESHIP, "apprenticeship", "apprentice", "ausbildung", "lehre",
        "alternance", "apprentissage", "aprendiz", "jovem aprendiz", "apprendistato",
        "leerbaan", "bbl", "見習い");
    sure(EmploymentType.SEASONAL, "seasonal", "saisonarbeit", "saisonnier", "saisonniere",
        "temporada", "estacional", "sazonal", "stagionale", "seizoenswerk", "季節");
    sure(EmploymentType.VOLUNTEER, "volunteer", "ehrenamt", "ehrenamtlich", "benevole",
        "benevolat", "voluntario", "voluntariado", "volontario", "vrijwilliger", "ボランティア");
    sure(EmploymentType.PER_DIEM, "per diem", "on call", "prn", "aushilfe");
    sure(EmploymentType.FLY_IN_FLY_OUT, "fly in fly out", "fifo");
    sure(EmploymentType.OTHER, "other");
  }

  private EmploymentTypes() {}

  static Optional<Match> find(String text) {
    String key = LookupKeys.of(text);
    Match match = WORDS.get(key);
    if (match == null) {
      match = WORDS.get(key.replace(" ", ""));
    }
    return Optional.ofNullable(match);
  }

  /** Tells whether a text is one of Google's values exactly as Google writes it. */
  static boolean isGoogleValue(String text) {
    for (EmploymentType type : EmploymentType.values()) {
      if (type.googleValue().equals(text)) {
        return true;
      }
    }
    return false;
  }

  private static void sure(EmploymentType type, String... words) {
    add(type, false, words);
  }

  private static void guess(EmploymentType type, String... words) {
    add(type, true, words);
  }

  private static void add(EmploymentType type, boolean guessed, String... words) {
    Match match = new Match(type, guessed);
    if (!guessed) {
      WORDS.put(LookupKeys.of(type.name()), match);
    }
    for (String word : words) {
      String key = LookupKeys.of(word);
      WORDS.put(key, match);
      WORDS.put(key.replace(" ", ""), match);
    }
  }
}
