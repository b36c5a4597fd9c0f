package dev.jobposting.requirement;

/** What a requirement is about; each kind maps to a schema.org property on export. */
public enum RequirementKind {
  /** A skill or competency ({@code skills}). */
  SKILL,
  /** Work experience ({@code experienceRequirements}). */
  EXPERIENCE,
  /** Education ({@code educationRequirements}). */
  EDUCATION,
  /** A credential, licence or certification ({@code qualifications}). */
  CREDENTIAL,
  /** A language ({@code qualifications}). */
  LANGUAGE,
  /** The right to work in a country ({@code eligibilityToWorkRequirement}). */
  WORK_AUTHORIZATION,
  /** A security clearance ({@code securityClearanceRequirement}). */
  SECURITY_CLEARANCE,
  /** A physical or sensory requirement ({@code physicalRequirement}). */
  PHYSICAL,
  /** Anything else ({@code qualifications}). */
  OTHER
}
