package dev.jobposting.jackson.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A read that failed, on its way up to the deserializer that started it. A read keeps no path
 * while it succeeds: each property and list element this failure leaves adds itself to the path,
 * and the deserializer then asks {@link ReadContext#error(ReadFailure)} for the mapping exception,
 * whose message names the whole path. The parser does not move while a failure travels up, so the
 * exception still describes the token and location where the read failed.
 *
 * <p>It never leaves this package's read. It has no stack trace of its own, and the exception it
 * becomes is made at the top of the read: that exception's stack trace shows the deserializer,
 * not the format that failed, while its message, path and location say where the read failed.
 */
final class ReadFailure extends IOException {

  private static final long serialVersionUID = 1L;

  /** Builds the mapping exception from the context, once the context holds the path. */
  private final transient Function<ReadContext, JsonMappingException> error;
  /** The segments from the failure outwards: index {@code i} was left by the i-th frame up. */
  private final transient List<Object> segments = new ArrayList<>();
  private final transient List<Class<?>> owners = new ArrayList<>();

  ReadFailure(Function<ReadContext, JsonMappingException> error) {
    super("a read failed below the deserializer that started it");
    this.error = error;
  }

  /**
   * Adds the property or element the failure is leaving.
   *
   * @param owner the type that declares the property, or {@code List.class} for an element
   * @param segment the property's name or the element's index
   * @return this failure, to throw on
   */
  ReadFailure under(Class<?> owner, Object segment) {
    owners.add(owner);
    segments.add(segment);
    return this;
  }

  /** Enters the path the failure collected into the context, outermost segment first. */
  void enterPath(ReadContext context) {
    for (int i = segments.size() - 1; i >= 0; i--) {
      context.enter(owners.get(i), segments.get(i));
    }
  }

  JsonMappingException error(ReadContext context) {
    return error.apply(context);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
