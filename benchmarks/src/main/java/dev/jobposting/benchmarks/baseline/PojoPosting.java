package dev.jobposting.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline a team would write by hand: mutable classes that mirror the canonical JSON format
 * field for field, for plain Jackson data binding, annotated with standard Bean Validation
 * constraints for the {@code PUBLISHABLE} and {@code GOOGLE_REQUIRED} rules.
 *
 * <p>Codes, enum names, languages and web addresses stay strings, as such hand-written classes
 * usually keep them; the baseline therefore checks less while reading than the library does. The
 * nested classes are the format's objects; they live in one file because together they are one
 * model.
 */
@CrossFieldRule(value = PostingRule.P_03, groups = BaselineGroups.Publishable.class)
@CrossFieldRule(value = PostingRule.P_05, groups = BaselineGroups.Publishable.class)
@CrossFieldRule(value = PostingRule.G_02, groups = BaselineGroups.GoogleRequired.class)
@CrossFieldRule(value = PostingRule.G_03, groups = BaselineGroups.GoogleRequired.class)
@CrossFieldRule(value = PostingRule.G_04, groups = BaselineGroups.GoogleRequired.class)
@CrossFieldRule(value = PostingRule.G_05, groups = BaselineGroups.GoogleRequired.class)
@CrossFieldRule(value = PostingRule.G_05W, groups = BaselineGroups.GoogleRequired.class)
@CrossFieldRule(value = PostingRule.G_07, groups = BaselineGroups.GoogleRequired.class)
@CrossFieldRule(value = PostingRule.G_08, groups = BaselineGroups.GoogleRequired.class)
public class PojoPosting {
  public List<Identifier> identifiers = new ArrayList<>();
  public String title;
  @NotNull(groups = BaselineGroups.Publishable.class, message = "P-01 description is required")
  @NotNull(groups = BaselineGroups.GoogleRequired.class, message = "G-01 description is required")
  @Valid
  public RichText description;
  public String language;
  @NotNull(groups = BaselineGroups.Publishable.class, message = "P-02 employer is required")
  @NotNull(groups = BaselineGroups.GoogleRequired.class, message = "G-01 employer is required")
  @Valid
  public Employer employer;
  public PostingParty postingParty;
  public Role role;
  @NotNull(groups = BaselineGroups.Publishable.class, message = "P-04 employment is required")
  @Valid
  public Employment employment;
  public Workplace workplace;
  public Compensation compensation;
  public List<String> responsibilities = new ArrayList<>();
  public List<Requirement> requirements = new ArrayList<>();
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean experienceInPlaceOfEducation;
  public List<Benefit> benefits = new ArrayList<>();
  public Application application;
  @NotNull(groups = BaselineGroups.Publishable.class, message = "P-06 datePosted is required")
  @NotNull(groups = BaselineGroups.GoogleRequired.class, message = "G-01 datePosted is required")
  public LocalDate datePosted;
  @FutureOrPresent(groups = BaselineGroups.Publishable.class, message = "P-07 expired")
  @FutureOrPresent(groups = BaselineGroups.GoogleRequired.class, message = "G-06 expired")
  public LocalDate validThrough;
  public Legal legal;
  public String url;

  /** An identifier of the posting in some scheme. */
  public static class Identifier {
    public String scheme;
    public String value;
  }

  /** A text with its format. */
  public static class RichText {
    @NotBlank(groups = BaselineGroups.Publishable.class, message = "P-01 description is blank")
    public String text;
    public String format;
  }

  /** An amount in a currency. */
  public static class Money {
    public BigDecimal amount;
    public String currency;
  }

  /** A pay range over a period. */
  public static class PayRange {
    public Money minimum;
    public Money maximum;
    public String period;
  }

  /** Pay besides the base pay. */
  public static class Component {
    public String type;
    public PayRange amount;
    public String description;
  }

  /** The pay. */
  public static class Compensation {
    public PayRange base;
    public String basis;
    public List<Component> components = new ArrayList<>();
    public List<String> notes = new ArrayList<>();
    public String detailsUrl;
  }

  /** A point on the globe. */
  public static class Coordinates {
    public BigDecimal latitude;
    public BigDecimal longitude;
  }

  /** A postal address. */
  public static class Address {
    public String streetAddress;
    public String locality;
    public String subdivision;
    public String region;
    public String postalCode;
    public String country;
    public Coordinates coordinates;
  }

  /** Employees in an area. */
  public static class Headcount {
    public String area;
    public Integer employees;
  }

  /** The hiring organisation. */
  public static class Employer {
    @NotBlank(groups = BaselineGroups.Publishable.class, message = "P-02 employer name is blank")
    public String name;
    public String legalName;
    public String website;
    public String logo;
    public String about;
    public List<String> sameAs = new ArrayList<>();
    public Address headquarters;
    public String industry;
    public Integer headcount;
    public List<Headcount> regionalHeadcounts = new ArrayList<>();
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean confidential;
  }

  /** Who published the posting, when not the employer. */
  public static class PostingParty {
    public String name;
    public String role;
    public String website;
  }

  /** A code in a classification. */
  public static class Code {
    public String scheme;
    public String schemeVersion;
    public String schemeName;
    public String code;
    public String label;
  }

  /** The role. */
  public static class Role {
    public String department;
    public String seniority;
    public List<Code> occupations = new ArrayList<>();
    public Code industry;
  }

  /** The terms of employment. */
  public static class Employment {
    @NotEmpty(groups = BaselineGroups.Publishable.class, message = "P-04 employment type is required")
    public List<String> types = new ArrayList<>();
    public List<String> otherTypes = new ArrayList<>();
    public String workHours;
    public BigDecimal hoursPerWeek;
    public LocalDate startDate;
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean immediateStart;
    public Period duration;
    public Integer openings;
  }

  /** Travel the job involves. */
  public static class Travel {
    public Integer percentOfTime;
    public Integer tripsPerYear;
    public Period tripLength;
    public String description;
  }

  /** Where the work happens. */
  public static class Workplace {
    public String mode;
    public List<Address> locations = new ArrayList<>();
    public List<String> applicantLocations = new ArrayList<>();
    public Address reportsTo;
    public Integer onSiteDaysPerWeek;
    public Travel travel;
    public Boolean relocationAssistance;
  }

  /** A requirement on applicants. */
  public static class Requirement {
    public String kind;
    public String necessity;
    public String text;
    public List<String> alternatives = new ArrayList<>();
    public Integer monthsOfExperience;
    public String educationLevel;
    public String fieldOfStudy;
    public String language;
    public String languageLevel;
    public Code code;
  }

  /** A benefit. */
  public static class Benefit {
    public String category;
    public String text;
    public Money value;
    public String period;
  }

  /** When applications close. */
  public static class Deadline {
    public LocalDate date;
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean rolling;
  }

  /** How to apply. */
  public static class Application {
    public List<String> urls = new ArrayList<>();
    public List<String> emails = new ArrayList<>();
    public String instructions;
    public Boolean directApply;
    public Deadline deadline;
  }

  /** Legal statements and declarations. */
  public static class Legal {
    public String equalOpportunityStatement;
    public String accommodationStatement;
    public Boolean aiUsedInScreening;
    public Boolean existingVacancy;
    public Boolean payDisclosedBeforeInterview;
    public List<String> specialCommitments = new ArrayList<>();
  }
}
