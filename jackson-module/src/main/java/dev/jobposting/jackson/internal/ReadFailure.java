package dev.jobposting.jackson.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import dev.jobposting.jackson.JsonPaths;
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
  /** The path, outermost first, as the references the exception will carry. */
  private final transient List<JsonMappingException.Reference> path = new ArrayList<>();

  ReadFailure(Function<String, JsonMappingException> error) {
    super("a read failed below the deserializer that started it");
    this.error = error;
  }

  /**
   * Adds the property the failure is leaving, outside the segments it has.
   *
   * @param owner the type that declares the property
   * @param name the property's name
   * @return this failure, to throw on
   */
  ReadFailure under(Class<?> owner, String name) {
    path.add(0, new JsonMappingException.Reference(owner, name));
    return this;
  }

  /**
   * Adds the list element the failure is leaving, outside the segments it has.
   *
   * @param index the element's index
   * @return this failure, to throw on
   */
  ReadFailure under(int index) {
    path.add(0, new JsonMappingException.Reference(List.class, index));
    return this;
  }

  /**
   * Builds the mapping exception: the path is in its message and in its Jackson references.
   *
   * @return the exception to throw
   */
  JsonMappingException toException() {
    JsonMappingException exception = error.apply(JsonPaths.of(path));
    for (int i = path.size() - 1; i >= 0; i--) {
      exception.prependPath(path.get(i));
    }
    return exception;
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
