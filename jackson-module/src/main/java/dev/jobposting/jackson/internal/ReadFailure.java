package dev.jobposting.jackson.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A read that failed, on its way up to the deserializer that started it. A read keeps no path
 * while it succeeds: each property and list element this failure leaves adds itself to the path,
 * and the deserializer then asks for {@link #toException()}, whose message names the whole path.
 * The parser does not move while a failure travels up, so the exception still describes the
 * token and location where the read failed.
 *
 * <p>It never leaves this package's read. It has no stack trace of its own, and the exception it
 * becomes is made at the top of the read: that exception's stack trace shows the deserializer,
 * not the format that failed, while its message, path and location say where the read failed.
 */
final class ReadFailure extends IOException {

  private static final long serialVersionUID = 1L;

  /** Builds the mapping exception from the dotted path, such as {@code requirements[2].text}. */
  private final transient Function<String, JsonMappingException> error;
  /** The path from the failure outwards: index 0 is the innermost segment. */
  private final transient List<Object> segments = new ArrayList<>();
  private final transient List<Class<?>> owners = new ArrayList<>();

  ReadFailure(Function<String, JsonMappingException> error) {
    super("a read failed below the deserializer that started it");
    this.error = error;
  }

  /**
   * Adds the property or element the failure is leaving, outside the segments it has.
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

  /**
   * Builds the mapping exception: the path is in its message and in its Jackson references.
   *
   * @return the exception to throw
   */
  JsonMappingException toException() {
    JsonMappingException exception = error.apply(path());
    for (int i = 0; i < segments.size(); i++) {
      Object segment = segments.get(i);
      if (segment instanceof Integer) {
        exception.prependPath(owners.get(i), (Integer) segment);
      } else {
        exception.prependPath(owners.get(i), (String) segment);
      }
    }
    return exception;
  }

  /** {@return the dotted path, such as {@code requirements[2].text}; empty at the top} */
  private String path() {
    StringBuilder path = new StringBuilder();
    for (int i = segments.size() - 1; i >= 0; i--) {
      Object segment = segments.get(i);
      if (segment instanceof Integer) {
        path.append('[').append(segment).append(']');
      } else {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(segment);
      }
    }
    return path.toString();
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
