package dev.jobposting.validation.internal;

import dev.jobposting.organization.Employer;
import dev.jobposting.organization.Headcount;
import dev.jobposting.place.AdministrativeArea;
import java.util.Optional;

/**
 * An employer-size threshold of a law: a least number of employees in total, or in one area.
 *
 * @param area the area counted; empty for the employer's total headcount
 * @param minimum the least number of employees that makes the law apply
 */
record Threshold(Optional<AdministrativeArea> area, int minimum) {

  static Threshold total(int minimum) {
    return new Threshold(Optional.empty(), minimum);
  }

  static Threshold in(String subdivision, int minimum) {
    return new Threshold(Optional.of(AdministrativeArea.subdivision(subdivision)), minimum);
  }

  /**
   * Whether the employer meets the threshold; empty when its headcount is not known well enough
   * to tell. A regional count is at most the total, so a total below the minimum settles a
   * regional threshold too; regional counts at or above the minimum settle a total one.
   */
  Optional<Boolean> isMetBy(Optional<Employer> employer) {
    if (employer.isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> total = employer.get().headcount();
    if (area.isEmpty()) {
      if (total.isPresent()) {
        return Optional.of(total.get() >= minimum);
      }
      int counted = employer.get().regionalHeadcounts().stream()
          .mapToInt(Headcount::employees).sum();
      return counted >= minimum ? Optional.of(true) : Optional.empty();
    }
    Optional<Integer> regional = employer.get().headcountIn(area.get());
    if (regional.isPresent()) {
      return Optional.of(regional.get() >= minimum);
    }
    return total.filter(t -> t < minimum).map(t -> false);
  }

  /** {@return the path of the headcount this threshold reads} */
  String path() {
    return area.isEmpty() ? "employer.headcount" : "employer.regionalHeadcounts";
  }

  /** {@return the threshold in words, such as "15 employees" or "25 employees in US-MA"} */
  String describe() {
    return minimum + (minimum == 1 ? " employee" : " employees")
        + area.map(a -> " in " + a).orElse("");
  }
}
