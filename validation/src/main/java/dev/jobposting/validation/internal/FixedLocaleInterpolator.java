package dev.jobposting.validation.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;

/** Interpolates messages in one chosen locale instead of the JVM default. */
final class FixedLocaleInterpolator implements MessageInterpolator {

  private final MessageInterpolator delegate;
  private final Locale locale;

  FixedLocaleInterpolator(MessageInterpolator delegate, Locale locale) {
    this.delegate = delegate;
    this.locale = locale;
  }

  @Override
  public String interpolate(String template, Context context) {
    return delegate.interpolate(template, context, locale);
  }

  @Override
  public String interpolate(String template, Context context, Locale ignored) {
    return delegate.interpolate(template, context, locale);
  }
}
