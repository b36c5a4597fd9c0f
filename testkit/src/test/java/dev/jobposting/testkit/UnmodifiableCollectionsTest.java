package dev.jobposting.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.jobposting.JobPosting;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every List and Set that any model type hands out is read-only. The attributes are found by
 * reflection, so a new collection attribute is covered without changing the test.
 */
class UnmodifiableCollectionsTest {

  private static final Object PROBE = new Object();

  @Test
  @SuppressWarnings("unchecked")
  void noCollectionOfAnyNestedTypeCanBeModified() {
    Set<String> probedNonEmpty = new TreeSet<>();

    PropertyCheck.forAll(1_000, posting -> ModelWalker.walk(posting, (type, attribute, value) -> {
      if (!(value instanceof Collection)) {
        return;
      }
      Collection<Object> collection = (Collection<Object>) value;
      int size = collection.size();
      String path = type + "." + attribute;
      assertThatThrownBy(() -> collection.add(PROBE)).as(path + ".add")
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> collection.addAll(List.of(PROBE))).as(path + ".addAll")
          .isInstanceOf(UnsupportedOperationException.class);
      if (size > 0) {
        assertThatThrownBy(collection::clear).as(path + ".clear")
            .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> removeFirst(collection)).as(path + ".iterator().remove")
            .isInstanceOf(UnsupportedOperationException.class);
        probedNonEmpty.add(path);
      } else {
        // Clearing an empty read-only collection may be a no-op (Collections.emptyList) or throw.
        assertThat(catchThrowable(collection::clear)).as(path + ".clear").satisfiesAnyOf(
            thrown -> assertThat(thrown).isNull(),
            thrown -> assertThat(thrown).isInstanceOf(UnsupportedOperationException.class));
      }
      assertThat(collection).as(path).hasSize(size);
    }));

    assertThat(probedNonEmpty).isEqualTo(collectionAttributes());
  }

  @Test
  void findsTheCollectionAttributesOfNestedTypes() {
    assertThat(collectionAttributes()).contains("JobPosting.identifiers", "Employment.types",
        "Employer.regionalHeadcounts", "Workplace.applicantLocations", "Requirement.alternatives",
        "LegalDisclosures.specialCommitments", "Compensation.components");
  }

  private static void removeFirst(Collection<Object> collection) {
    Iterator<Object> iterator = collection.iterator();
    iterator.next();
    iterator.remove();
  }

  /** {@return {@code Type.attribute} of every List or Set attribute reachable from JobPosting} */
  private static Set<String> collectionAttributes() {
    Set<String> found = new TreeSet<>();
    collectCollectionAttributes(JobPosting.class, new TreeSet<>(), found);
    return found;
  }

  private static void collectCollectionAttributes(Class<?> type, Set<String> visited,
      Set<String> found) {
    if (!visited.add(type.getName())) {
      return;
    }
    for (Method method : type.getDeclaredMethods()) {
      if (!Modifier.isAbstract(method.getModifiers()) || method.getParameterCount() > 0) {
        continue;
      }
      Class<?> returned = method.getReturnType();
      if (List.class.equals(returned) || Set.class.equals(returned)) {
        found.add(type.getSimpleName() + "." + method.getName());
      }
      boolean container = List.class.equals(returned) || Set.class.equals(returned)
          || Optional.class.equals(returned);
      Class<?> content = container ? typeArgument(method.getGenericReturnType()) : returned;
      if (isModelType(content)) {
        collectCollectionAttributes(content, visited, found);
      }
    }
  }

  private static Class<?> typeArgument(Type generic) {
    Type argument = ((ParameterizedType) generic).getActualTypeArguments()[0];
    return argument instanceof Class ? (Class<?>) argument : Object.class;
  }

  private static boolean isModelType(Class<?> type) {
    return type.getPackageName().startsWith("dev.jobposting") && !type.isEnum()
        && Modifier.isAbstract(type.getModifiers());
  }
}
