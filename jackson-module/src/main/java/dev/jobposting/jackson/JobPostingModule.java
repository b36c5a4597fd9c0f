package dev.jobposting.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import dev.jobposting.jackson.internal.FormatDeserializer;
import dev.jobposting.jackson.internal.FormatDeserializers;
import dev.jobposting.jackson.internal.FormatSerializer;
import dev.jobposting.jackson.internal.Formats;
import dev.jobposting.jackson.internal.ReadOptions;
import dev.jobposting.jackson.internal.ValueFormat;
import java.util.HashMap;
import java.util.Map;

/**
 * The Jackson 2 module of job postings: reads and writes {@link dev.jobposting.JobPosting} and
 * every value type in it in the canonical JSON format, which the JSON Schema {@link
 * JobPostingSchema} describes.
 *
 * <p>The format does not depend on the mapper's settings (naming strategies, inclusion, date and
 * number features): a posting is written the same way by every mapper the module is registered
 * with. Reading is strict by default: a property outside the format fails the read, naming the
 * property and its path.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new JobPostingModule()).build();
 * String json = mapper.writeValueAsString(posting);
 * JobPosting read = mapper.readValue(json, JobPosting.class);
 *
 * // lenient reading of input that carries extra properties
 * ObjectMapper lenient = JsonMapper.builder()
 *     .addModule(new JobPostingModule().withIgnoreUnknownProperties())
 *     .build();
 * }</pre>
 *
 * <p>Mappers with the module stay safe to share between threads. Each type's deserializer keeps
 * the state of its last read (emptied builders, the path) for the next one, so reading many
 * postings with one mapper creates no builders after the first; reads on several threads at once
 * each get state of their own. Reuse the mapper, as Jackson recommends anyway.
 *
 * <p>Instances are immutable; the {@code with*} methods return new modules. {@link
 * com.fasterxml.jackson.databind.ObjectMapper#findAndRegisterModules()} finds the module with its
 * default options.
 */
public final class JobPostingModule extends Module {

  private final boolean ignoreUnknownProperties;

  /** Creates the module with the default options: unknown properties fail the read. */
  public JobPostingModule() {
    this(false);
  }

  private JobPostingModule(boolean ignoreUnknownProperties) {
    this.ignoreUnknownProperties = ignoreUnknownProperties;
  }

  /**
   * Returns a module that skips properties outside the format instead of failing. Use it for
   * input written by a newer version of the format; nothing else changes.
   *
   * @return a new module with the option set
   */
  public JobPostingModule withIgnoreUnknownProperties() {
    return new JobPostingModule(true);
  }

  /** {@return whether properties outside the format are skipped rather than failing the read} */
  public boolean ignoresUnknownProperties() {
    return ignoreUnknownProperties;
  }

  /** {@return {@code "dev.jobposting.jackson.JobPostingModule"}} */
  @Override
  public String getModuleName() {
    return JobPostingModule.class.getName();
  }

  /** {@return the module's version} */
  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  /**
   * Registers the serializers and deserializers of every core type.
   *
   * @param context the mapper's set-up context
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    Map<Class<?>, JsonDeserializer<?>> deserializers = new HashMap<>();
    ReadOptions options = new ReadOptions(ignoreUnknownProperties);
    for (Map.Entry<Class<?>, ValueFormat<?>> entry : Formats.all().entrySet()) {
      register(entry.getKey(), entry.getValue(), serializers, deserializers, options);
    }
    context.addSerializers(serializers);
    context.addDeserializers(new FormatDeserializers(deserializers));
  }

  @SuppressWarnings("unchecked")
  private static <T> void register(Class<T> type, ValueFormat<?> format,
      SimpleSerializers serializers, Map<Class<?>, JsonDeserializer<?>> deserializers,
      ReadOptions options) {
    ValueFormat<T> typed = (ValueFormat<T>) format;
    serializers.addSerializer(type, new FormatSerializer<>(type, typed));
    deserializers.put(type, new FormatDeserializer<>(type, typed, options));
  }
}
