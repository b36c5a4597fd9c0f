package dev.jobposting.validation.internal;

import dev.jobposting.validation.internal.RuleFinding.Parameter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The messages of one locale, from the {@code ContributorValidationMessages} bundles: the bundle
 * of the locale's language (and country, if there is one) over the English base. This module's
 * files define the {@code jobposting.*} keys; a file of the same name earlier on the class path
 * that defines some overrides them, as Hibernate Validator's lookup for {@code @ValidJobPosting}
 * does. Other languages get English, whatever the JVM's default locale. Parameters are
 * <code>{name}</code> only; a value is written as it is, and a name no parameter has stays as
 * written, as Hibernate Validator's {@code ParameterMessageInterpolator} does for
 * {@code @ValidJobPosting}.
 */
public final class Messages {

  /** Prefix of every message key of this module. */
  public static final String KEY_PREFIX = "jobposting.";

  private static final String BUNDLE = "ContributorValidationMessages";

  /**
   * How many suffixes are remembered before those without a file are no longer: any number of odd
   * locales cannot grow the cache without bound.
   */
  private static final int MAX_CACHED_MISSES = 64;

  /**
   * Parsed bundles by file suffix, such as {@code _de}, keyed without the {@link #KEY_PREFIX}: a
   * finding's key is most often a literal, whose hash code is computed once. A suffix without a
   * file maps to an empty map.
   */
  private static final Map<String, Map<String, Template>> BUNDLES = new ConcurrentHashMap<>();

  private final Map<String, Template> templates;

  private Messages(Map<String, Template> templates) {
    this.templates = templates;
  }

  /**
   * {@return the messages in a locale}
   *
   * @param locale the locale; one without a bundle of its own gets English
   */
  public static Messages in(Locale locale) {
    Map<String, Template> templates = new HashMap<>(bundle(""));
    if (!locale.getLanguage().isEmpty()) {
      String suffix = "_" + locale.getLanguage();
      templates.putAll(bundle(suffix));
      if (!locale.getCountry().isEmpty()) {
        templates.putAll(bundle(suffix + "_" + locale.getCountry()));
      }
    }
    return new Messages(Map.copyOf(templates));
  }

  /**
   * {@return the message template of a key, as {@code @ValidJobPosting} reports it}
   *
   * @param key the message key without the {@link #KEY_PREFIX}
   */
  static String template(String key) {
    return "{" + KEY_PREFIX + key + "}";
  }

  /**
   * {@return the message of a finding}
   *
   * @param finding the finding
   * @throws IllegalStateException when no bundle has the finding's key
   */
  public String message(RuleFinding finding) {
    Template template = templates.get(finding.key());
    if (template == null) {
      throw new IllegalStateException("no message " + KEY_PREFIX + finding.key()
          + " for rule " + finding.rule().rule().id());
    }
    return template.format(finding.parameters());
  }

  private static Map<String, Template> bundle(String suffix) {
    Map<String, Template> bundle = BUNDLES.get(suffix);
    if (bundle == null) {
      bundle = load(Messages.class.getClassLoader(), suffix);
      if (!bundle.isEmpty() || BUNDLES.size() < MAX_CACHED_MISSES) {
        BUNDLES.putIfAbsent(suffix, bundle);
      }
    }
    return bundle;
  }

  /**
   * Reads this module's messages from every bundle file of a name, in the order the class loader
   * finds them: on the class path another library's {@code ContributorValidationMessages} may come
   * first, and Hibernate Validator, which {@code @ValidJobPosting} reports through, merges them all
   * as well.
   *
   * @param loader the class loader to search; this module's own file is read last, if the loader
   *     did not find it
   * @param suffix the locale's suffix, such as {@code _de}; empty for the English base
   * @return the templates by key without the {@link #KEY_PREFIX}; empty when no file has one
   */
  static Map<String, Template> load(ClassLoader loader, String suffix) {
    String name = BUNDLE + suffix + ".properties";
    Set<URL> files = new LinkedHashSet<>();
    try {
      files.addAll(Collections.list(loader.getResources(name)));
      URL own = Messages.class.getResource("/" + name);
      if (own != null) {
        files.add(own);
      }
      Map<String, Template> templates = new HashMap<>();
      for (URL file : files) {
        Properties properties = new Properties();
        try (InputStream in = file.openStream()) {
          properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : properties.stringPropertyNames()) {
          if (key.startsWith(KEY_PREFIX)) {
            templates.putIfAbsent(key.substring(KEY_PREFIX.length()),
                Template.parse(properties.getProperty(key)));
          }
        }
      }
      return Map.copyOf(templates);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** A message parsed once: literal text with <code>{name}</code> placeholders between. */
  static final class Template {

    /** The literal pieces, one more than the placeholders. */
    private final String[] texts;
    private final String[] names;

    private Template(String[] texts, String[] names) {
      this.texts = texts;
      this.names = names;
    }

    static Template parse(String message) {
      List<String> texts = new ArrayList<>();
      List<String> names = new ArrayList<>();
      int from = 0;
      int open = message.indexOf('{');
      while (open >= 0) {
        int close = message.indexOf('}', open + 1);
        if (close < 0) {
          break;
        }
        int nested = message.indexOf('{', open + 1);
        if (nested >= 0 && nested < close) {
          open = nested;
          continue;
        }
        if (close > open + 1) {
          texts.add(message.substring(from, open));
          names.add(message.substring(open + 1, close));
          from = close + 1;
        }
        open = message.indexOf('{', close + 1);
      }
      texts.add(message.substring(from));
      return new Template(texts.toArray(new String[0]), names.toArray(new String[0]));
    }

    String format(List<Parameter> parameters) {
      if (names.length == 0) {
        return texts[0];
      }
      StringBuilder out = new StringBuilder(texts[0]);
      for (int i = 0; i < names.length; i++) {
        out.append(valueOf(names[i], parameters)).append(texts[i + 1]);
      }
      return out.toString();
    }

    private static String valueOf(String name, List<Parameter> parameters) {
      for (Parameter parameter : parameters) {
        if (parameter.name().equals(name)) {
          return parameter.value();
        }
      }
      return "{" + name + "}";
    }
  }
}
