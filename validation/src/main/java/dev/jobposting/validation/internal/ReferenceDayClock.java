package dev.jobposting.validation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of a validator built for one reference day: fixed at the start of that day in UTC,
 * and able to tell the day without a time-zone conversion. Every posting-level rule asks for the
 * day, and {@code LocalDate.now(clock)} builds new zone rules for each call (a twentieth of the
 * bytes that validation allocated).
 */
final class ReferenceDayClock extends Clock {

  private final LocalDate day;
  private final Clock fixed;

  ReferenceDayClock(LocalDate day) {
    this.day = day;
    this.fixed = Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  }

  /**
   * {@return the day a clock is on: the reference day of this class's clocks, else today in the
   * clock's zone}
   *
   * @param clock the clock of the validation
   */
  static LocalDate dayOf(Clock clock) {
    return clock instanceof ReferenceDayClock
        ? ((ReferenceDayClock) clock).day : LocalDate.now(clock);
  }

  @Override
  public ZoneId getZone() {
    return fixed.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return fixed.withZone(zone);
  }

  @Override
  public Instant instant() {
    return fixed.instant();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReferenceDayClock && ((ReferenceDayClock) other).day.equals(day);
  }

  @Override
  public int hashCode() {
    return day.hashCode();
  }
}
