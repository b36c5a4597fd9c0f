/**
 * Places: ISO 3166 country and subdivision codes, postal addresses, coordinates and the
 * administrative areas that remote applicants may live in.
 */
@ValueStyle
package dev.jobposting.place;

import dev.jobposting.internal.ValueStyle;
