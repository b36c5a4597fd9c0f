package dev.jobposting.schemaorg.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words the exported description adds around the posting's lists, in the posting's language.
 * The importer reads the same words to recognise, and strip, what the exporter added.
 */
record SectionTitles(String responsibilities, String requirements, String benefits,
    String workHours, String hoursPerWeek, String preferred, String remote, String remoteFrom,
    String worldwide, String hybrid, String onSiteDays) {

  private static final SectionTitles ENGLISH = new SectionTitles("Responsibilities",
      "Requirements", "Benefits", "Working hours", "hours a week", "preferred",
      "Fully remote", "; you can work from", "anywhere", "Hybrid", "; days on site each week:");

  private static final Map<String, SectionTitles> BY_LANGUAGE = Map.of(
      "de", new SectionTitles("Aufgaben", "Anforderungen", "Leistungen", "Arbeitszeit",
          "Stunden pro Woche", "wünschenswert", "Vollständig remote", "; Arbeitsort:", "überall",
          "Hybrid", "; Tage vor Ort pro Woche:"),
      "fr", new SectionTitles("Responsabilités", "Profil recherché", "Avantages",
          "Horaires de travail", "heures par semaine", "souhaité", "Entièrement à distance",
          ", depuis :", "partout", "Hybride", " ; jours sur site par semaine :"),
      "es", new SectionTitles("Responsabilidades", "Requisitos", "Beneficios", "Horario",
          "horas por semana", "deseable", "Totalmente remoto", ", desde:", "cualquier lugar",
          "Híbrido", "; días presenciales por semana:"));

  static SectionTitles of(Locale language) {
    return language == null ? ENGLISH : BY_LANGUAGE.getOrDefault(language.getLanguage(), ENGLISH);
  }

  /** {@return the mark after a preferred requirement's text, such as " (preferred)"} */
  String preferredMark() {
    return " (" + preferred + ")";
  }

  /**
   * States remote work; names the areas only when the posting lists some, because Google reads
   * missing areas as the country of the job's location, not as the whole world.
   */
  String remoteSentence(List<String> areas) {
    return areas.isEmpty() ? remote : remote + remoteFrom + " " + String.join(", ", areas);
  }

  String hybridSentence(Optional<Integer> onSiteDaysPerWeek) {
    return hybrid + onSiteDaysPerWeek.map(d -> onSiteDays + " " + d).orElse("");
  }
}
