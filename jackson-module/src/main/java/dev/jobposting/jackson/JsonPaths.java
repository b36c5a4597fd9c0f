package dev.jobposting.jackson;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/**
 * Renders the path of a Jackson mapping exception in the dotted form this module's messages use,
 * such as {@code compensation.base.minimum} or {@code requirements[2].text}.
 */
public final class JsonPaths {

  private JsonPaths() {}

  /**
   * The dotted path of an exception.
   *
   * @param error a mapping exception
   * @return the path, empty when the error concerns the value read as a whole
   */
  public static String of(JsonMappingException error) {
    return of(error.getPath());
  }

  /**
   * The dotted path of a reference chain.
   *
   * @param references Jackson's references, outermost first
   * @return the path
   */
  public static String of(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
