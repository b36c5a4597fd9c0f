/** Pay: money, base pay ranges, pay periods and further compensation. */
@ValueStyle
package dev.jobposting.compensation;

import dev.jobposting.internal.ValueStyle;
