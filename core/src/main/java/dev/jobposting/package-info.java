/**
 * The job posting aggregate and its shared values.
 *
 * <p>Every type is immutable: build with {@code builder()}, copy with {@code with*} methods, read
 * with fluent accessors. Absent values are {@link java.util.Optional} and collections are never
 * null, unmodifiable and ordered. A value that would break an invariant is never built: {@link
 * dev.jobposting.InvariantViolationException} names the attribute and the rule instead.
 */
@ValueStyle
package dev.jobposting;

import dev.jobposting.internal.ValueStyle;
