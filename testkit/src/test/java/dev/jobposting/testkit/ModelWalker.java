package dev.jobposting.testkit;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Visits every attribute of a model value and its nested values, by reading the attributes the
 * Immutables implementation holds, so that a new attribute is covered without changing the test.
 */
final class ModelWalker {

  /** Receives each attribute: the abstract type's simple name, the attribute and its value. */
  interface Visitor {
    void attribute(String type, String attribute, Object value);
  }

  private ModelWalker() {}

  static void walk(Object value, Visitor visitor) {
    if (value == null || !isModel(value.getClass())) {
      return;
    }
    Class<?> abstractType = value.getClass().getSuperclass();
    for (String attribute : attributes(value.getClass())) {
      Object attributeValue = read(value, attribute);
      visitor.attribute(abstractType.getSimpleName(), attribute, attributeValue);
      for (Object nested : contents(attributeValue)) {
        walk(nested, visitor);
      }
    }
  }

  static boolean isModel(Class<?> type) {
    return type.getSimpleName().startsWith("Immutable")
        && type.getPackageName().startsWith("dev.jobposting");
  }

  private static List<String> attributes(Class<?> implementation) {
    List<String> names = new ArrayList<>();
    for (Field field : implementation.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
        names.add(field.getName());
      }
    }
    return names;
  }

  private static Object read(Object value, String attribute) {
    try {
      Method accessor = value.getClass().getSuperclass().getMethod(attribute);
      return accessor.invoke(value);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError("cannot read " + attribute + " of " + value.getClass(), e);
    }
  }

  private static Collection<?> contents(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(List::of).orElse(List.of());
    }
    if (value instanceof Collection) {
      return (Collection<?>) value;
    }
    return List.of(value);
  }
}
