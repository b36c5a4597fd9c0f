package dev.jobposting.validation.internal;

/**
 * The Bean Validation groups behind the profiles, one per profile. {@link PayTransparency} extends
 * every jurisdiction's group, so validating it runs them all; each jurisdiction's rules then apply
 * only where its coverage test says so.
 */
public final class Groups {

  private Groups() {}

  /** Publishable basics. */
  public interface Publishable {}

  /** Google for Jobs, required. */
  public interface GoogleRequired {}

  /** Google for Jobs, recommended. */
  public interface GoogleRecommended {}

  /** Colorado. */
  public interface UsCo {}

  /** California. */
  public interface UsCa {}

  /** New York State. */
  public interface UsNy {}

  /** New York City. */
  public interface UsNyc {}

  /** Washington. */
  public interface UsWa {}

  /** Illinois. */
  public interface UsIl {}

  /** Maryland. */
  public interface UsMd {}

  /** Massachusetts. */
  public interface UsMa {}

  /** Hawaii. */
  public interface UsHi {}

  /** Minnesota. */
  public interface UsMn {}

  /** Vermont. */
  public interface UsVt {}

  /** New Jersey. */
  public interface UsNj {}

  /** British Columbia. */
  public interface CaBc {}

  /** Ontario. */
  public interface CaOn {}

  /** Italy. */
  public interface It {}

  /** Slovakia. */
  public interface Sk {}

  /** Lithuania. */
  public interface Lt {}

  /** Malta. */
  public interface Mt {}

  /** Poland. */
  public interface Pl {}

  /** Every pay-transparency jurisdiction the posting reaches. */
  public interface PayTransparency extends UsCo, UsCa, UsNy, UsNyc, UsWa, UsIl, UsMd, UsMa, UsHi,
      UsMn, UsVt, UsNj, CaBc, CaOn, It, Sk, Lt, Mt, Pl {}
}
