package dev.jobposting.benchmarks.baseline;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The cross-field rules of {@code PUBLISHABLE} and {@code GOOGLE_REQUIRED} as a team would write
 * them on its own classes: one predicate per rule id, true when the posting passes. The text
 * heuristics use the same patterns and text normalisation as the library's rules, so that both
 * sides do the same matching work.
 */
public enum PostingRule implements Predicate<PojoPosting> {
  /** A work location, or for remote work the applicant locations. */
  P_03("P-03", p -> p.workplace != null && (remote(p)
      ? !p.workplace.applicantLocations.isEmpty() : !p.workplace.locations.isEmpty())),
  /** A way to apply. */
  P_05("P-05", p -> p.application != null && (!p.application.urls.isEmpty()
      || !p.application.emails.isEmpty() || p.application.instructions != null)),
  /** A job location unless fully remote. */
  G_02("G-02", p -> remote(p) || p.workplace != null && !p.workplace.locations.isEmpty()),
  /** The description differs from the title and has paragraph breaks. */
  G_03("G-03", p -> p.description == null || !words(p.description.text).equals(words(p.title))
      && (p.description.text.contains("\n")
      || "HTML".equals(p.description.format) && Text.BREAK.matcher(p.description.text).find())),
  /** The title has no salary, code, date, company name, location, '!' or '*', and is not in capitals. */
  G_04("G-04", p -> {
    String title = p.title;
    return title.indexOf('!') < 0 && title.indexOf('*') < 0 && !allCaps(title)
        && !Text.SALARY.matcher(title).find() && !Text.CODE.matcher(title).find()
        && !Text.DATE.matcher(title).find()
        && (p.employer == null || !phrase(p.employer.name).matcher(title).find())
        && localities(p).noneMatch(l -> phrase(l).matcher(title).find());
  }),
  /** A fully remote job has applicant locations. */
  G_05("G-05", p -> !remote(p) || !p.workplace.applicantLocations.isEmpty()),
  /** The description does not contradict the work mode (hybrid words for remote work, or "fully remote" otherwise). */
  G_05W("G-05W", p -> p.workplace == null || p.description == null
      || (remote(p) ? !Text.HYBRID.matcher(p.description.text).find()
          : !Text.FULLY_REMOTE.matcher(p.description.text).find())),
  /** The employer is not the publisher or a site, and not confidential. */
  G_07("G-07", p -> p.employer == null || !p.employer.confidential
      && (p.postingParty == null || !p.postingParty.name.equalsIgnoreCase(p.employer.name))
      && localities(p).noneMatch(l -> phrase(l).matcher(p.employer.name).find())),
  /** Dates have four-digit years. */
  G_08("G-08", p -> isoYear(p.datePosted) && isoYear(p.validThrough)
      && (p.application == null || p.application.deadline == null
          || isoYear(p.application.deadline.date)));

  private final String id;
  private final Predicate<PojoPosting> check;

  PostingRule(String id, Predicate<PojoPosting> check) {
    this.id = id;
    this.check = check;
  }

  @Override
  public boolean test(PojoPosting posting) {
    return check.test(posting);
  }

  /** {@return the rule id, as the library names it} */
  @Override
  public String toString() {
    return id;
  }

  private static boolean remote(PojoPosting posting) {
    return posting.workplace != null && "REMOTE".equals(posting.workplace.mode);
  }

  private static java.util.stream.Stream<String> localities(PojoPosting posting) {
    List<PojoPosting.Address> locations =
        posting.workplace == null ? List.of() : posting.workplace.locations;
    return locations.stream().map(a -> a.locality).filter(l -> l != null);
  }

  private static boolean isoYear(LocalDate date) {
    return date == null || date.getYear() >= 1 && date.getYear() <= 9999;
  }

  private static boolean allCaps(String title) {
    return title.codePoints().filter(Character::isLetter).count() >= 4
        && title.codePoints().noneMatch(Character::isLowerCase)
        && title.codePoints().anyMatch(Character::isUpperCase);
  }

  private static String words(String text) {
    String plain = Text.TAG.matcher(text).replaceAll(" ")
        .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    return Text.SPACE.matcher(plain).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  private static Pattern phrase(String phrase) {
    return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase.strip())
        + "(?![\\p{L}\\p{N}])");
  }

  /** The patterns, compiled once. */
  private static final class Text {
    static final Pattern TAG = Pattern.compile("<[^>]*>");
    static final Pattern SPACE = Pattern.compile("\\s+");
    static final Pattern BREAK = Pattern.compile("(?i)<(p|br|ul|ol|li)\\b");
    static final Pattern SALARY = Pattern.compile(
        "(?i)[$€£¥₹]\\s?\\d|\\d\\s?(k|usd|eur|gbp|cad|aud|chf|pln)\\b|\\b\\d{1,3}(,\\d{3})+\\b");
    static final Pattern CODE = Pattern.compile(
        "(?i)#\\s?\\d+|\\b(req|job|ref|id)[-#: ]?\\d+|\\b[A-Z]{2,}-\\d{2,}\\b");
    static final Pattern DATE = Pattern.compile(
        "\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b");
    static final Pattern HYBRID = Pattern.compile(
        "(?iu)\\bhybrid(e)?\\s+(work|working|role|position|job|model|schedule|arrangement|"
            + "arbeit|arbeitsmodell|stelle|poste|travail|télétravail)"
            + "|\\b(trabajo|modelo|puesto|modalidad)\\s+h[ií]brid[oa]"
            + "|\\b(days?|tage|jours|d[ií]as)\\s+(a|per|pro|par|por|each)\\s+"
            + "(week|woche|semaine|semana)\\s+(in|at|im|au|en)\\s+(the\\s+|our\\s+|la\\s+)?"
            + "(office|büro|bureau|oficina)");
    static final Pattern FULLY_REMOTE = Pattern.compile(
        "(?iu)\\b(fully|100\\s?%|completely|entirely|vollständig|komplett|totalmente|"
            + "completamente)\\s+(remote|remoto)\\b"
            + "|\\bentièrement\\s+(à distance|en télétravail)|\\btélétravail\\s+(complet|total)\\b"
            + "|\\b100\\s?%\\s+(télétravail|teletrabajo)");
  }
}
