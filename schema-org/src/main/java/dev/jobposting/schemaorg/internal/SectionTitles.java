package dev.jobposting.schemaorg.internal;

import java.util.Locale;
import java.util.Map;

/** The words the exported description adds around the posting's lists, in the posting's language. */
record SectionTitles(String responsibilities, String requirements, String benefits,
    String workHours, String hoursPerWeek, String preferred, String remote, String worldwide,
    String hybrid) {

  private static final SectionTitles ENGLISH = new SectionTitles("Responsibilities",
      "Requirements", "Benefits", "Working hours", "hours a week", "preferred",
      "Fully remote; you can work from", "anywhere", "Hybrid; days on site each week:");

  private static final Map<String, SectionTitles> BY_LANGUAGE = Map.of(
      "de", new SectionTitles("Aufgaben", "Anforderungen", "Leistungen", "Arbeitszeit",
          "Stunden pro Woche", "wünschenswert", "Vollständig remote; Arbeitsort:", "überall",
          "Hybrid; Tage vor Ort pro Woche:"),
      "fr", new SectionTitles("Responsabilités", "Profil recherché", "Avantages",
          "Horaires de travail", "heures par semaine", "souhaité",
          "Entièrement à distance, depuis :", "partout", "Hybride ; jours sur site par semaine :"),
      "es", new SectionTitles("Responsabilidades", "Requisitos", "Beneficios", "Horario",
          "horas por semana", "deseable", "Totalmente remoto, desde:", "cualquier lugar",
          "Híbrido; días presenciales por semana:"));

  static SectionTitles of(Locale language) {
    return language == null ? ENGLISH : BY_LANGUAGE.getOrDefault(language.getLanguage(), ENGLISH);
  }
}
