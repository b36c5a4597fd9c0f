/** Terms of employment: types, hours, start, duration and openings. */
@ValueStyle
package dev.jobposting.employment;

import dev.jobposting.internal.ValueStyle;
