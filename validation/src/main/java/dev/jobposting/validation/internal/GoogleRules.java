package dev.jobposting.validation.internal;

import static dev.jobposting.validation.Profile.GOOGLE_REQUIRED;
import static dev.jobposting.validation.Severity.ERROR;
import static dev.jobposting.validation.Severity.WARNING;

import dev.jobposting.JobPosting;
import dev.jobposting.RichText;
import dev.jobposting.application.ApplicationDeadline;
import dev.jobposting.organization.Employer;
import dev.jobposting.place.PostalAddress;
import dev.jobposting.validation.Rule;
import dev.jobposting.workplace.WorkMode;
import dev.jobposting.workplace.Workplace;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** Google for Jobs' required properties and rules (G-01 to G-08), all errors but two checks. */
final class GoogleRules {

  private static final Pattern SALARY = Pattern.compile(
      "(?i)[$€£¥₹]\\s?\\d|\\d\\s?(k|usd|eur|gbp|cad|aud|chf|pln)\\b|\\b\\d{1,3}(,\\d{3})+\\b");
  private static final Pattern CODE = Pattern.compile(
      "(?i)#\\s?\\d+|\\b(req|job|ref|id)[-#: ]?\\d+|\\b[A-Z]{2,}-\\d{2,}\\b");
  private static final Pattern DATE = Pattern.compile(
      "\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b");
  /**
   * A hybrid arrangement in so many words; "hybrid" alone is not enough, since descriptions speak
   * of hybrid clouds and hybrid cars.
   */
  static final Pattern HYBRID_WORDS = Pattern.compile(
      "(?iu)\\bhybrid(e)?\\s+(work|working|role|position|job|model|schedule|arrangement|"
          + "arbeit|arbeitsmodell|stelle|poste|travail|télétravail)"
          + "|\\b(trabajo|modelo|puesto|modalidad)\\s+h[ií]brid[oa]"
          + "|\\b(days?|tage|jours|d[ií]as)\\s+(a|per|pro|par|por|each)\\s+"
          + "(week|woche|semaine|semana)\\s+(in|at|im|au|en)\\s+(the\\s+|our\\s+|la\\s+)?"
          + "(office|büro|bureau|oficina)");
  /** An explicit statement that the job is entirely remote. */
  static final Pattern FULLY_REMOTE_WORDS = Pattern.compile(
      "(?iu)\\b(fully|100\\s?%|completely|entirely|vollständig|komplett|totalmente|"
          + "completamente)\\s+(remote|remoto)\\b"
          + "|\\bentièrement\\s+(à distance|en télétravail)|\\btélétravail\\s+(complet|total)\\b"
          + "|\\b100\\s?%\\s+(télétravail|teletrabajo)");
  /** Every match of {@link #HYBRID_WORDS} contains one of these words. */
  static final Texts.Needles HYBRID_NEEDLES =
      new Texts.Needles("brid", "office", "büro", "bureau", "oficina");
  /** Every match of {@link #FULLY_REMOTE_WORDS} contains one of these words. */
  static final Texts.Needles FULLY_REMOTE_NEEDLES =
      new Texts.Needles("remot", "entièrement", "télétravail", "teletrabajo");

  private GoogleRules() {}

  static void define(RuleBook.Builder book) {
    Rule required = book.rule("G-01", GOOGLE_REQUIRED, ERROR, Sources.GOOGLE_JOB_POSTING, null,
        "Description, datePosted and hiringOrganization are present (the title always is).");
    book.presence(required, "description", JobPosting::description);
    book.presence(required, "datePosted", JobPosting::datePosted);
    book.presence(required, "employer", JobPosting::employer);
    book.check(book.rule("G-02", GOOGLE_REQUIRED, ERROR, Sources.GOOGLE_JOB_POSTING, null,
        "At least one jobLocation (an address with a country) unless the job is fully remote."),
        GoogleRules::jobLocation);
    book.check(book.rule("G-03", GOOGLE_REQUIRED, ERROR, Sources.GOOGLE_JOB_POSTING, null,
        "The description differs from the title and has paragraph breaks."),
        GoogleRules::descriptionForm);
    book.check(book.rule("G-04", GOOGLE_REQUIRED, WARNING, Sources.GOOGLE_JOB_POSTING, null,
        "The title has no salary, code, date, address, company name, '!' or '*', and is not in"
            + " capitals."),
        GoogleRules::titleHygiene);
    book.check(book.rule("G-05", GOOGLE_REQUIRED, ERROR, Sources.GOOGLE_JOB_POSTING, null,
        "A fully remote job has applicant locations (TELECOMMUTE plus"
            + " applicantLocationRequirements)."),
        GoogleRules::remoteApplicants);
    book.check(book.rule("G-05W", GOOGLE_REQUIRED, WARNING, Sources.GOOGLE_JOB_POSTING, null,
        "The description agrees with the work mode: a fully remote job (exported as"
            + " TELECOMMUTE) is not described as hybrid, and a job that is not fully remote is"
            + " not described as fully remote. (The export states the remote or hybrid terms"
            + " itself.)"),
        GoogleRules::workModeAgrees);
    book.check(book.rule("G-06", GOOGLE_REQUIRED, ERROR, Sources.GOOGLE_EXPIRED_JOBS, null,
        "The posting has not expired: validThrough is not before the reference day."),
        PublishableRules.notExpired("G-06"));
    book.check(book.rule("G-07", GOOGLE_REQUIRED, WARNING, Sources.GOOGLE_JOB_POSTING, null,
        "hiringOrganization names the employer, not the publisher or a site; confidential"
            + " employers are flagged for review."),
        GoogleRules::hiringOrganization);
    book.check(book.rule("G-08", GOOGLE_REQUIRED, ERROR, Sources.GOOGLE_JOB_POSTING, null,
        "Dates fit ISO 8601 calendar dates with four-digit years (0001 to 9999)."),
        GoogleRules::isoDates);
  }

  static void jobLocation(JobPosting posting, Reporter out) {
    Optional<Workplace> workplace = posting.workplace();
    boolean remote = workplace.map(w -> w.mode() == WorkMode.REMOTE).orElse(false);
    if (!remote && workplace.map(w -> w.locations().isEmpty()).orElse(true)) {
      out.add("workplace.locations", "G-02");
    }
  }

  static void descriptionForm(JobPosting posting, Reporter out) {
    posting.description().ifPresent(description -> {
      if (Texts.sameWords(description.text(), posting.title())) {
        out.add("description", "G-03.sameAsTitle");
      } else if (!Texts.hasParagraphBreaks(description)) {
        out.add("description", "G-03.noBreaks");
      }
    });
  }

  static void titleHygiene(JobPosting posting, Reporter out) {
    String title = posting.title();
    if (title.indexOf('!') >= 0 || title.indexOf('*') >= 0) {
      out.add("title", "G-04.punctuation");
    }
    if (isAllCaps(title)) {
      out.add("title", "G-04.capitals");
    }
    // Every alternative of the three patterns needs an ASCII digit; most titles have none.
    if (hasAsciiDigit(title)) {
      if (SALARY.matcher(title).find()) {
        out.add("title", "G-04.salary");
      }
      if (CODE.matcher(title).find()) {
        out.add("title", "G-04.code");
      }
      if (DATE.matcher(title).find()) {
        out.add("title", "G-04.date");
      }
    }
    posting.employer().map(Employer::name)
        .filter(name -> Texts.containsPhrase(title, name))
        .ifPresent(name -> out.add("title", "G-04.employer", "employer", name));
    localityIn(posting, title)
        .ifPresent(locality -> out.add("title", "G-04.location", "locality", locality));
  }

  private static boolean hasAsciiDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /** {@return the first locality of the work locations that a text names as a phrase} */
  private static Optional<String> localityIn(JobPosting posting, String text) {
    if (posting.workplace().isPresent()) {
      for (PostalAddress address : posting.workplace().get().locations()) {
        if (address.locality().isPresent()
            && Texts.containsPhrase(text, address.locality().get())) {
          return address.locality();
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isAllCaps(String title) {
    int letters = 0;
    boolean upper = false;
    for (int i = 0; i < title.length(); ) {
      int c = title.codePointAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
      upper |= Character.isUpperCase(c);
      i += Character.charCount(c);
    }
    return letters >= 4 && upper;
  }

  static void remoteApplicants(JobPosting posting, Reporter out) {
    posting.workplace()
        .filter(w -> w.mode() == WorkMode.REMOTE && w.applicantLocations().isEmpty())
        .ifPresent(w -> out.add("workplace.applicantLocations", "G-05"));
  }

  static void workModeAgrees(JobPosting posting, Reporter out) {
    Optional<WorkMode> mode = posting.workplace().map(Workplace::mode);
    Optional<String> text = posting.description().map(RichText::text);
    if (mode.isEmpty() || text.isEmpty()) {
      return;
    }
    if (mode.get() == WorkMode.REMOTE) {
      if (HYBRID_NEEDLES.inText(text.get()) && HYBRID_WORDS.matcher(text.get()).find()) {
        out.add("description", "G-05W.hybrid");
      }
    } else if (FULLY_REMOTE_NEEDLES.inText(text.get())
        && FULLY_REMOTE_WORDS.matcher(text.get()).find()) {
      out.add("description", "G-05W.fullyRemote", "mode", mode.get());
    }
  }

  static void hiringOrganization(JobPosting posting, Reporter out) {
    if (posting.employer().isEmpty()) {
      return;
    }
    Employer employer = posting.employer().get();
    if (posting.postingParty().map(p -> p.name().equalsIgnoreCase(employer.name())).orElse(false)) {
      out.add("employer.name", "G-07.postingParty");
    }
    localityIn(posting, employer.name())
        .ifPresent(locality -> out.add("employer.name", "G-07.site", "locality", locality));
    if (employer.confidential()) {
      out.add("employer.confidential", "G-07.confidential");
    }
  }

  static void isoDates(JobPosting posting, Reporter out) {
    posting.datePosted().filter(GoogleRules::outsideIso)
        .ifPresent(date -> out.add("datePosted", "G-08", "date", date));
    posting.validThrough().filter(GoogleRules::outsideIso)
        .ifPresent(date -> out.add("validThrough", "G-08", "date", date));
    posting.application().flatMap(a -> a.deadline()).flatMap(ApplicationDeadline::date)
        .filter(GoogleRules::outsideIso)
        .ifPresent(date -> out.add("application.deadline.date", "G-08", "date", date));
  }

  private static boolean outsideIso(LocalDate date) {
    return date.getYear() < 1 || date.getYear() > 9999;
  }
}
