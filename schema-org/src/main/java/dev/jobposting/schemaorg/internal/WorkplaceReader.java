package dev.jobposting.schemaorg.internal;

import static dev.jobposting.schemaorg.internal.Vocabulary.*;

import dev.jobposting.InvariantViolationException;
import dev.jobposting.place.AdministrativeArea;
import dev.jobposting.place.PostalAddress;
import dev.jobposting.workplace.WorkMode;
import dev.jobposting.workplace.Workplace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads where the work happens. TELECOMMUTE (or a word for remote work) makes the job REMOTE;
 * applicant locations without any work location make it REMOTE by guess; otherwise work locations
 * make it ON_SITE. schema.org has no hybrid, so HYBRID is never read.
 */
final class WorkplaceReader {

  private static final Set<String> REMOTE_WORDS = Set.of("remote", "fully remote", "100% remote",
      "telework", "telecommuting", "work from home", "wfh", "home office", "homeoffice",
      "télétravail", "teletravail", "remoto", "teletrabajo", "trabajo remoto", "trabalho remoto",
      "home-office", "thuiswerken", "lavoro da remoto", "リモート", "リモートワーク", "在宅勤務");

  private WorkplaceReader() {}

  static Optional<Workplace> read(Obj posting) {
    Context context = posting.context();
    List<PostalAddress> locations = new ArrayList<>();
    for (Value v : posting.all(JOB_LOCATION)) {
      PlaceReader.location(v, context).ifPresent(address -> {
        if (locations.contains(address)) {
          context.issues().dropped(v.path(), "the same location again left out");
        } else {
          locations.add(address);
        }
      });
    }
    boolean telecommute = false;
    for (Value v : posting.all(JOB_LOCATION_TYPE)) {
      Optional<String> text = context.text(v);
      if (text.isEmpty()) {
        continue;
      }
      if (text.get().equals(TELECOMMUTE)) {
        telecommute = true;
      } else if (text.get().equalsIgnoreCase(TELECOMMUTE)
          || REMOTE_WORDS.contains(text.get().toLowerCase(Locale.ROOT))) {
        telecommute = true;
        context.issues().normalised(v.path(), "read " + v.shown() + " as TELECOMMUTE");
      } else {
        context.issues().dropped(v.path(), v.shown() + " is no job location type; only TELECOMMUTE is");
      }
    }
    List<AdministrativeArea> areas = new ArrayList<>();
    List<Value> areaValues = posting.all(APPLICANT_LOCATION_REQUIREMENTS);
    for (Value v : areaValues) {
      PlaceReader.area(v, context).ifPresent(area -> {
        if (areas.contains(area)) {
          context.issues().dropped(v.path(), "the same area again left out");
        } else {
          areas.add(area);
        }
      });
    }
    if (areas.size() > 1 && areas.removeIf(AdministrativeArea::isWorldwide)) {
      context.issues().dropped(posting.path() + "." + APPLICANT_LOCATION_REQUIREMENTS,
          "'worldwide' left out beside named areas");
    }
    WorkMode mode;
    if (telecommute) {
      mode = WorkMode.REMOTE;
    } else if (!areas.isEmpty() && locations.isEmpty()) {
      mode = WorkMode.REMOTE;
      context.issues().guessed(posting.path() + "." + APPLICANT_LOCATION_REQUIREMENTS,
          "applicant locations without a work location or TELECOMMUTE read as remote work");
    } else if (!locations.isEmpty()) {
      mode = WorkMode.ON_SITE;
      if (!areas.isEmpty()) {
        context.issues().dropped(posting.path() + "." + APPLICANT_LOCATION_REQUIREMENTS,
            "applicant locations apply only to remote work; this job has work locations and no"
                + " TELECOMMUTE");
        areas.clear();
      }
    } else {
      return Optional.empty();
    }
    try {
      return Optional.of(Workplace.builder().mode(mode).addAllLocations(locations)
          .addAllApplicantLocations(areas).build());
    } catch (InvariantViolationException e) {
      context.issues().dropped(posting.path(), "workplace left out: " + e.getMessage());
      return Optional.empty();
    }
  }
}
