package dev.jobposting.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to every model package.
 *
 * <p>Implementations stay package-private; users see the abstract types, their {@code builder()}
 * and the generated {@code with*} methods.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    // The last word of "sameAs" (a schema.org name) is no plural: the adder is addSameAs.
    depluralizeDictionary = "as",
    optionalAcceptNullable = false,
    // clear() lets a reader reuse one builder for every value of a type it reads.
    clearBuilder = true,
    defaults = @Value.Immutable(copy = true),
    headerComments = false)
public @interface ValueStyle {}
